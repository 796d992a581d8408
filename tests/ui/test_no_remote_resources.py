"""Nothing leaves the machine: issue text and notes holding HTML or Markdown images with
URLs are shown as text, and no view, note or export asks for a remote resource."""

from __future__ import annotations

from annotation_helpers import open_sample, paragraph, select_stored, tools
from PySide6.QtGui import QTextDocument, QTextImageFormat

from reader.annotate.model import NOTE
from reader.importer.run import import_paths
from reader.text.note_html import note_html
from reader.ui.annotations_model import AnnotationIdRole

HOSTILE = (
    '<img src="http://example.com/track.png"> <script src="https://example.com/x.js"></script>'
    " ![pixel](http://example.com/pixel.gif) <link rel=stylesheet href=http://example.com/s.css>"
)


def _images(document: QTextDocument) -> list[str]:
    """The names of every image a document would load."""
    names = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fmt = fragments.fragment().charFormat()
            if fmt.isImageFormat():
                names.append(QTextImageFormat(fmt).name())
            fragments += 1
        block = block.next()
    return names


def test_issue_text_with_html_and_images_is_shown_as_text(
    make_window, library, library_path, tmp_path
):
    issue = tmp_path / "hostile.md"
    issue.write_text(f"# 标题 {HOSTILE}\n\n本报讯 正文 {HOSTILE}\n", encoding="utf-8")
    assert not import_paths(library, [issue]).failed
    window = make_window(library_path)
    window.issues_view.select_issue(import_paths(library, [issue]).results[0].issue_id)
    shown = window.reader.document()
    assert "http://example.com/track.png" in shown.toPlainText()  # as text, verbatim
    assert _images(shown) == []


def test_notes_with_remote_images_load_nothing(window, sample_library):
    note = f"看这里 {HOSTILE}"
    html = note_html(note)
    for marker in ("<img", "<script", "<link"):  # escaped as &lt;…, never live tags
        assert marker not in html
    article = open_sample(window, sample_library)
    body = paragraph(article)
    select_stored(window, body.id, 2, 6)
    dialog = tools(window).annotations.annotate(NOTE)
    dialog.note.setPlainText(note)
    dialog.accept()
    panel = tools(window).annotations.panel
    panel.select_id(panel.model.index(0, 0).data(AnnotationIdRole))
    assert "看这里" in panel.detail.toPlainText()
    assert _images(panel.detail.document()) == []
    assert "example.com" not in panel.detail.toHtml().split("<body")[0]  # no stylesheet link
