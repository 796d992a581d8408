"""Making annotations from a selection in the reader: each category, its highlight, its anchors."""

from __future__ import annotations

import pytest
from annotation_helpers import (
    background_at,
    open_dialog,
    open_sample,
    paragraph,
    select_positions,
    select_stored,
    status_text,
    tools,
)
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtWidgets import QApplication, QMenu, QToolTip

from reader.annotate.model import IMPORTANT, NOTE, OCR_ERROR, QUESTION
from reader.db.annotations import list_annotations
from reader.ui.actions import ActionId
from reader.ui.highlights import category_color
from reader.ui.settings import HIGHLIGHT_COLORS

ACTION_OF = {
    OCR_ERROR: ActionId.ANNOTATE_OCR_ERROR,
    NOTE: ActionId.ANNOTATE_NOTE,
    IMPORTANT: ActionId.ANNOTATE_IMPORTANT,
    QUESTION: ActionId.ANNOTATE_QUESTION,
}


def _stored(db, article_id):
    return list_annotations(db, article_id=article_id)


def test_each_category_is_made_from_a_selection_and_highlighted(window, sample_library):
    article = open_sample(window, sample_library)
    body = paragraph(article)
    spans = {OCR_ERROR: (10, 12), NOTE: (20, 24), IMPORTANT: (30, 33), QUESTION: (40, 45)}
    for category, (start, end) in spans.items():
        select_stored(window, body.id, start, end)
        window.action(ACTION_OF[category]).trigger()
        if category == OCR_ERROR:
            dialog = open_dialog(window)
            assert dialog.correction.isVisible() and dialog.correction.text() == body.text[10:12]
            dialog.correction.setText("正确")
            dialog.accept()
        elif category == NOTE:
            dialog = open_dialog(window)
            assert not dialog.correction.isVisibleTo(dialog)
            dialog.note.setPlainText("**查证**\n第二行")
            dialog.accept()
    stored = {a.category: a for a in _stored(sample_library, article.id)}
    assert set(stored) == set(spans)
    for category, (start, end) in spans.items():
        found = stored[category]
        assert (found.start_paragraph_id, found.start_offset) == (body.id, start)
        assert (found.end_paragraph_id, found.end_offset) == (body.id, end)
        assert found.exact == body.text[start:end]
        shown = window.reader.map.position_of(body.id, start)
        color = category_color(window.settings, category)
        assert background_at(window, shown) == color
        assert background_at(window, shown + (end - start) - 1) == color
        assert background_at(window, shown + (end - start)) != color
    assert stored[OCR_ERROR].correction == "正确" and stored[OCR_ERROR].note is None
    assert stored[NOTE].note == "**查证**\n第二行" and stored[NOTE].correction is None
    assert stored[IMPORTANT].note is None and stored[QUESTION].correction is None
    assert background_at(window, window.reader.map.position_of(body.id, 0)) is None


def test_default_colours_are_light_enough_to_read_through():
    for category, option in HIGHLIGHT_COLORS.items():
        assert QColor(option.default).lightness() > 180, category


def test_an_empty_correction_means_delete(window, sample_library):
    article = open_sample(window, sample_library)
    body = paragraph(article)
    select_stored(window, body.id, 3, 5)
    dialog = tools(window).annotations.annotate(OCR_ERROR)
    dialog.correction.clear()
    dialog.accept()
    (made,) = _stored(sample_library, article.id)
    assert made.correction == ""
    panel = tools(window).annotations.panel
    assert panel.model.index(0, 2).data() == "(delete)"


def test_an_unchanged_correction_is_stored_as_not_known(window, sample_library):
    article = open_sample(window, sample_library)
    select_stored(window, paragraph(article).id, 3, 5)
    tools(window).annotations.annotate(OCR_ERROR).accept()
    assert _stored(sample_library, article.id)[0].correction is None


def test_a_selection_across_headline_byline_and_body_leaves_the_byline_out(window, sample_library):
    article = open_sample(window, sample_library)
    headline, body = paragraph(article, "title"), paragraph(article)
    assert window.reader.map.span(headline.id).hidden == 2  # "# " is stored, not shown
    select_stored(window, headline.id, 6, 6, end_paragraph=body.id)
    cursor = window.reader.textCursor()
    select_positions(window, cursor.selectionStart(), window.reader.map.position_of(body.id, 4))
    assert "记者郭树勋" in window.reader.textCursor().selectedText()  # the byline block
    made = tools(window).annotations.annotate(IMPORTANT)
    assert (made.start_paragraph_id, made.start_offset) == (headline.id, 6)
    assert (made.end_paragraph_id, made.end_offset) == (body.id, 4)
    assert made.exact.startswith(headline.text[6:]) and made.exact.endswith(body.text[:4])
    assert "记者郭树勋\n" not in made.exact.split("\n\n")[0]


def test_a_headline_alone_can_be_annotated(window, sample_library):
    article = open_sample(window, sample_library)
    headline = paragraph(article, "title")
    select_stored(window, headline.id, 2, 6)  # 推进项目
    made = tools(window).annotations.annotate(QUESTION)
    assert made.exact == "推进项目" and made.start_paragraph_id == headline.id
    first = window.reader.map.position_of(headline.id, 2)
    assert background_at(window, first) == category_color(window.settings, QUESTION)


def test_a_selection_of_the_byline_only_or_nothing_is_refused(window, sample_library):
    article = open_sample(window, sample_library)
    byline = window.reader.document().findBlockByNumber(2)
    assert byline.text() == "记者郭树勋" and byline.userState() < 0
    select_positions(window, byline.position(), byline.position() + 3)
    assert tools(window).annotations.annotate(NOTE) is None
    assert "no paragraph text" in status_text(window)
    select_positions(window, 30, 30)
    assert tools(window).annotations.annotate(IMPORTANT) is None
    assert "Select some text" in status_text(window)
    assert _stored(sample_library, article.id) == []


@pytest.mark.parametrize(
    ("key", "modifiers", "category"),
    [
        (Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier, IMPORTANT),
        (
            Qt.Key.Key_Q,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
            QUESTION,
        ),
    ],
)
def test_shortcut_keys_make_annotations(window, sample_library, qtbot, key, modifiers, category):
    article = open_sample(window, sample_library)
    select_stored(window, paragraph(article).id, 5, 9)
    with qtbot.waitActive(window):
        window.activateWindow()
    window.reader.setFocus()
    qtbot.keyClick(window.reader, key, modifiers)
    (made,) = _stored(sample_library, article.id)
    assert made.category == category and made.start_offset == 5


def test_hovering_a_highlight_shows_its_note_and_correction(window, sample_library, qtbot):
    article = open_sample(window, sample_library)
    body = paragraph(article)
    select_stored(window, body.id, 10, 14)
    dialog = tools(window).annotations.annotate(OCR_ERROR)
    dialog.correction.setText("改正文字")
    dialog.note.setPlainText("见**原报**")
    dialog.accept()
    position = window.reader.map.position_of(body.id, 11)
    cursor = window.reader.textCursor()
    cursor.setPosition(position)
    point = window.reader.cursorRect(cursor).center() + QPoint(2, 0)
    viewport = window.reader.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert "改正文字" in QToolTip.text() and "<strong>原报</strong>" in QToolTip.text()
    QToolTip.hideText()


def test_the_context_menu_offers_categories_and_the_annotation_under_the_pointer(
    window, sample_library
):
    article = open_sample(window, sample_library)
    body = paragraph(article)
    select_stored(window, body.id, 10, 14)
    tools(window).annotations.annotate(IMPORTANT)
    select_stored(window, body.id, 20, 22)
    cursor = window.reader.textCursor()
    cursor.setPosition(window.reader.map.position_of(body.id, 11))
    point = window.reader.cursorRect(cursor).center() + QPoint(2, 0)
    menu = QMenu()
    window.reader.context_menu_requested.emit(menu, point)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert "Mark OCR &Error…" in texts and "Mark as &Question" in texts
    assert "Edit Annotation…" in texts and "Delete Annotation" in texts
    assert "Split Article Here" in texts
    delete = next(a for a in menu.actions() if a.text() == "Delete Annotation")
    delete.trigger()
    assert _stored(sample_library, article.id) == []
