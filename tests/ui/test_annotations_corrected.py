"""The corrected view: the article with OCR corrections made; the stored text stays."""

from __future__ import annotations

from annotation_helpers import (
    background_at,
    open_sample,
    paragraph,
    select_stored,
    status_text,
    tools,
)
from PySide6.QtGui import QGuiApplication, QTextCursor

from reader.annotate.model import IMPORTANT, OCR_ERROR
from reader.db.articles import get_article
from reader.ui.actions import ActionId


def _correct(window, body, start, end, text):
    select_stored(window, body.id, start, end)
    dialog = tools(window).annotations.annotate(OCR_ERROR)
    dialog.correction.setText(text)
    dialog.accept()


def _block_texts(window) -> list[str]:
    document = window.reader.document()
    return [document.findBlockByNumber(n).text() for n in range(document.blockCount())]


def test_corrected_view_shows_corrections_and_deletions_and_toggles_back(window, sample_library):
    article = open_sample(window, sample_library)
    body, second = paragraph(article), paragraph(article, nth=1)
    _correct(window, body, 0, 3, "本报消息")  # 本报讯 → 本报消息
    _correct(window, second, 0, len(second.text), "")  # the whole paragraph goes
    select_stored(window, body.id, 5, 7)
    tools(window).annotations.annotate(IMPORTANT)  # not a correction: no effect
    toggle = window.action(ActionId.CORRECTED_VIEW)
    assert toggle.isCheckable() and not toggle.isChecked()
    before = _block_texts(window)
    toggle.trigger()
    after = _block_texts(window)
    assert after[3] == "本报消息" + body.text[3:]
    assert second.text not in after and len(after) == len(before) - 1
    assert get_article(sample_library, article.id).paragraphs[2].text == body.text  # stored
    toggle.trigger()
    assert _block_texts(window) == before


def test_copying_from_the_corrected_view_copies_the_corrected_text(window, sample_library):
    article = open_sample(window, sample_library)
    body = paragraph(article)
    _correct(window, body, 0, 3, "本报消息")
    window.action(ActionId.CORRECTED_VIEW).trigger()
    block = window.reader.document().findBlockByNumber(3)
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    window.reader.setTextCursor(cursor)
    window.reader.copy()
    assert QGuiApplication.clipboard().text() == "本报消息" + body.text[3:]


def test_the_corrected_view_draws_no_highlights_and_refuses_new_annotations(window, sample_library):
    article = open_sample(window, sample_library)
    body = paragraph(article)
    _correct(window, body, 10, 12, "甲乙")
    window.action(ActionId.CORRECTED_VIEW).trigger()
    assert not any(
        background_at(window, p) for p in range(window.reader.document().characterCount() - 1)
    )
    select_stored(window, body.id, 20, 24)
    assert tools(window).annotations.annotate(IMPORTANT) is None
    assert "Corrected Text" in status_text(window)
    window.action(ActionId.CORRECTED_VIEW).trigger()
    assert background_at(window, window.reader.map.position_of(body.id, 10)) is not None


def test_the_corrected_view_follows_undo_and_other_articles(window, sample_library):
    article = open_sample(window, sample_library)
    body = paragraph(article)
    window.action(ActionId.CORRECTED_VIEW).trigger()
    window.action(ActionId.CORRECTED_VIEW).trigger()
    _correct(window, body, 0, 3, "X")
    window.action(ActionId.CORRECTED_VIEW).trigger()
    assert _block_texts(window)[3].startswith("X(")
    window.undo_stack.undo()
    assert _block_texts(window)[3] == body.text
    window.undo_stack.redo()
    window.articles_view.select_row(0)
    window.articles_view.select_row(4)
    assert _block_texts(window)[3].startswith("X(")  # the view stays on for every article
