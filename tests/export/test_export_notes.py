"""Notes as Markdown (compared with an expected file) and as one safe, self-contained HTML page."""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser

from export_helpers import EXPECTED, HOSTILE_NOTE, article_id

from reader.db.annotations import update_annotation
from reader.export.labels import labels_for
from reader.export.notes_html import FONTS
from reader.export.run import HTML, MARKDOWN, export
from reader.export.scope import Scope

LIBRARY = Scope()


def _export(db, fmt: str, scope: Scope = LIBRARY, language: str = "en") -> str:
    out = io.StringIO()
    export(db, scope, fmt, out, labels=labels_for(language))
    return out.getvalue()


def test_markdown_notes_match_the_expected_file(library, built):
    text = _export(library, MARKDOWN)
    assert text == (EXPECTED / "notes.md").read_text(encoding="utf-8")


def test_markdown_notes_are_deterministic(library, built):
    assert _export(library, MARKDOWN) == _export(library, MARKDOWN)


def test_markdown_keeps_the_note_and_escapes_issue_text(library, built):
    text = _export(library, MARKDOWN)
    assert HOSTILE_NOTE in text  # the note is Markdown and is kept as typed
    assert "> 现场会\n\nCorrection: 现场大会" in text
    assert "Correction: (delete the quoted text)" in text  # the "" correction
    assert "- ¶7 · duplicate: copy of ¶6 (identical, 205 characters)" in text
    assert "furniture" not in text and "¶5 · duplicate" not in text  # only confirmed flags


def test_a_deleted_annotation_is_not_in_the_notes(library, built):
    text = _export(library, MARKDOWN)
    assert "> 安全生产" not in text
    assert text.count("##### ¶") == 6


def test_notes_of_one_article_tag_or_issue(library, built):
    first = article_id(library, built.issue_003, "「解放元素」")
    one = _export(library, MARKDOWN, Scope.articles([first]))
    assert "焦作市第十四届" in one and "肉肉" not in one and "12月5日" not in one
    tagged = _export(library, MARKDOWN, Scope.tagged(["地点"]))  # and every tag under it
    assert "焦作市第十四届" in tagged and "> 肉肉" in tagged and "12月5日" not in tagged
    issue = _export(library, MARKDOWN, Scope.issues([built.issue_004]))
    assert "> 12月5日" in issue and "2023-01-05" not in issue
    assert "Scope: 1 issues" in issue


def test_notes_of_search_results_and_of_nothing(library, built):
    article = article_id(library, built.issue_003, "解放区商贸")
    found = _export(library, MARKDOWN, Scope.search_results([article]))
    assert "> 肉肉" in found and "Scope: 1 search results" in found
    empty = _export(library, MARKDOWN, Scope.search_results([]))
    assert "Nothing to export in this scope" in empty and "##" not in empty


def test_chinese_notes(library, built):
    text = _export(library, MARKDOWN, language="zh_CN")
    assert text.startswith("# 校读笔记\n\n范围：整个文库\n")
    assert "##### ¶7 · 识别错误" in text and "更正：现场大会" in text
    assert "- 状态：已审定" in text
    assert "- ¶7 · 重复段落：与¶6重复（完全相同，205字）" in text


# -- HTML -------------------------------------------------------------------------

LOADING = {"img", "script", "iframe", "frame", "embed", "object", "link", "audio", "video",
           "source", "track", "input", "image", "svg", "base", "meta"}  # fmt: skip


class _Page(HTMLParser):
    """Every start tag with its attributes, the text, and the contents of <style>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        (self.styles if self._in_style else self.text).append(data)


def _page(library) -> tuple[str, _Page]:
    source = _export(library, HTML)
    page = _Page()
    page.feed(source)
    page.close()
    return source, page


def test_html_has_no_script_and_loads_nothing(library, built):
    source, page = _page(library)
    names = [tag for tag, _attrs in page.tags]
    assert "script" not in names
    assert not [tag for tag in names if tag in LOADING - {"meta"}]
    for tag, attrs in page.tags:
        assert "src" not in attrs and "srcset" not in attrs and "style" not in attrs
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        if tag == "a":  # links stay, but only followed when clicked
            assert attrs["href"].startswith(("https://", "http://", "mailto:"))
    assert not re.search(r"<\s*(script|img|iframe|link)\b", source, re.I)
    assert "url(" not in "".join(page.styles) and "@import" not in "".join(page.styles)


def test_html_embeds_its_css_with_the_cjk_fonts(library, built):
    source, page = _page(library)
    css = "".join(page.styles)
    assert FONTS in css and "@media print" in css
    assert [tag for tag, _ in page.tags].count("style") == 1
    policy = [a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv")]
    assert policy == ["default-src 'none'; style-src 'unsafe-inline'"]
    assert source.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in source


def test_html_shows_the_hostile_note_as_text(library, built):
    source, page = _page(library)
    text = "".join(page.text)
    assert "<script>alert(1)</script>" in text  # shown, escaped, never run
    assert "<img src=http://example.com/x.png>" in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in source
    assert "[x]" in text and "example.com/y.png" not in source  # the image became its alt text
    assert ("a", {"href": "https://example.com/source"}) in page.tags
    assert "<strong>核对</strong>" in source and "<li>第一点</li>" in source


def test_html_escapes_text_from_issue_files_and_javascript_links(library, built):
    ids = built.annotations
    update_annotation(library, ids["question"], note='[点我](javascript:alert(1)) <b onclick="x">')
    hostile = "<img src=x onerror=alert(1)>标题"
    first = article_id(library, built.issue_004, "示范区召开冲刺")
    library.execute("UPDATE articles SET title = ? WHERE id = ?", [hostile, first])
    source, page = _page(library)
    assert "javascript:" not in "".join(str(a.get("href")) for _t, a in page.tags)
    assert "<img src=x onerror=alert(1)>标题" in "".join(page.text)
    assert not [t for t, a in page.tags if t in ("img", "b")]
