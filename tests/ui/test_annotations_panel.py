"""The annotations panel: the article's annotations in text order, choosing, editing, undo."""

from __future__ import annotations

from annotation_helpers import (
    background_at,
    open_dialog,
    open_sample,
    paragraph,
    select_stored,
    tools,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from reader.annotate.model import IMPORTANT, NOTE, OCR_ERROR, QUESTION
from reader.db.annotations import get_annotation, list_annotations
from reader.ui.actions import ActionId
from reader.ui.annotations_model import AnnotationIdRole, AnnotationsModel, Column, NoteHtmlRole
from reader.ui.highlights import category_color


def _make(window, body, start, end, category, **values):
    select_stored(window, body.id, start, end)
    feature = tools(window).annotations
    if category in (IMPORTANT, QUESTION):
        return feature.annotate(category)
    dialog = feature.annotate(category)
    if "correction" in values:
        dialog.correction.setText(values["correction"])
    dialog.note.setPlainText(values.get("note", ""))
    dialog.accept()
    return next(a for a in feature.annotations if a.start_offset == start)


def test_the_panel_is_a_right_dock_listing_in_text_order(window, sample_library):
    panel = window.findChild(QDockWidget, "annotations_dock")
    assert panel is tools(window).annotations.panel
    assert window.dockWidgetArea(panel) == Qt.DockWidgetArea.RightDockWidgetArea
    article = open_sample(window, sample_library)
    body = paragraph(article)
    _make(window, body, 40, 44, QUESTION)
    _make(window, body, 2, 6, NOTE, note="先看这里")
    _make(window, body, 20, 22, OCR_ERROR, correction="对")
    model = panel.model
    assert model.rowCount() == 3
    quotes = [model.index(row, Column.QUOTE).data() for row in range(3)]
    assert quotes == [body.text[2:6], body.text[20:22], body.text[40:44]]
    assert [model.index(row, Column.CATEGORY).data() for row in range(3)] == [
        "Note", "OCR error", "Question",
    ]  # fmt: skip
    assert model.index(1, Column.CORRECTION).data() == "对"
    assert model.index(0, Column.NOTE).data() == "先看这里"
    assert len(model.index(0, Column.MODIFIED).data()) == len("11-21 22:58")
    assert model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None


def test_notes_are_rendered_as_markdown_without_raw_html(window, sample_library):
    article = open_sample(window, sample_library)
    body = paragraph(article)
    _make(window, body, 2, 6, NOTE, note="**要点**\n\n<script>x()</script>")
    panel = tools(window).annotations.panel
    html = panel.model.index(0, 0).data(NoteHtmlRole)
    assert "<strong>要点</strong>" in html and "<script>" not in html
    panel.select_id(panel.model.index(0, 0).data(AnnotationIdRole))
    assert "要点" in panel.detail.toPlainText() and "<script>x()</script>" in (
        panel.detail.toPlainText()
    )


def test_the_panel_model_passes_the_model_tester(window, sample_library, qtmodeltester):
    article = open_sample(window, sample_library)
    body = paragraph(article)
    _make(window, body, 2, 6, IMPORTANT)
    _make(window, body, 8, 12, NOTE, note="注")
    qtmodeltester.check(tools(window).annotations.model, force_py=True)
    empty = AnnotationsModel(window.settings)
    qtmodeltester.check(empty, force_py=True)


def test_clicking_a_row_scrolls_to_and_selects_its_text(window, sample_library, qtbot):
    article = open_sample(window, sample_library, row=0)  # a long article
    last = article.paragraphs[-1]
    first = paragraph(article)
    _make(window, first, 1, 3, IMPORTANT)
    _make(window, last, 0, 4, QUESTION)
    window.resize(1000, 500)
    bar = window.reader.verticalScrollBar()
    bar.setValue(0)
    panel = tools(window).annotations.panel
    table = panel.table
    panel.show()
    panel.raise_()
    qtbot.waitExposed(table)
    rect = table.visualRect(panel.model.index(1, Column.QUOTE))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    cursor = window.reader.textCursor()
    spans = window.reader.map
    assert cursor.selectionStart() == spans.position_of(last.id, 0)
    assert cursor.selectionEnd() == spans.position_of(last.id, 4)
    assert cursor.selectedText() == last.text[:4]
    assert bar.maximum() == 0 or bar.value() > 0  # scrolled down to the last paragraph


def test_undo_and_redo_of_create_edit_and_delete(window, sample_library):
    article = open_sample(window, sample_library)
    body = paragraph(article)
    stack = window.undo_stack
    made = _make(window, body, 2, 6, NOTE, note="第一稿")
    shown = window.reader.map.position_of(body.id, 2)
    note_color = category_color(window.settings, NOTE)
    assert background_at(window, shown) == note_color
    window.action(ActionId.UNDO).trigger()
    assert get_annotation(sample_library, made.id).deleted is not None
    assert background_at(window, shown) is None and tools(window).annotations.model.rowCount() == 0
    window.action(ActionId.REDO).trigger()
    assert get_annotation(sample_library, made.id).deleted is None
    assert background_at(window, shown) == note_color

    dialog = tools(window).annotations.edit(made.id)
    dialog.note.setPlainText("第二稿")
    dialog.category.setCurrentIndex(dialog.category.findData(QUESTION))
    dialog.accept()
    edited = get_annotation(sample_library, made.id)
    assert (edited.note, edited.category) == ("第二稿", QUESTION)
    assert background_at(window, shown) == category_color(window.settings, QUESTION)
    assert "Edit Annotation" in window.action(ActionId.UNDO).text()
    stack.undo()
    assert get_annotation(sample_library, made.id).note == "第一稿"
    assert get_annotation(sample_library, made.id).category == NOTE
    stack.redo()
    assert get_annotation(sample_library, made.id).note == "第二稿"

    assert tools(window).annotations.delete(made.id)
    assert list_annotations(sample_library, article_id=article.id) == []
    assert background_at(window, shown) is None
    stack.undo()
    assert [a.id for a in list_annotations(sample_library, article_id=article.id)] == [made.id]
    stack.redo()
    assert list_annotations(sample_library, article_id=article.id) == []


def test_delete_key_and_category_menu_in_the_panel(window, sample_library, qtbot):
    article = open_sample(window, sample_library)
    body = paragraph(article)
    made = _make(window, body, 2, 6, IMPORTANT)
    _make(window, body, 10, 12, IMPORTANT)
    panel = tools(window).annotations.panel
    panel.show()
    panel.raise_()
    panel.select_id(made.id)
    question = next(a for a in panel.category_button.menu().actions() if a.text() == "Question")
    question.trigger()
    assert get_annotation(sample_library, made.id).category == QUESTION
    with qtbot.waitActive(window):
        window.activateWindow()
    panel.select_id(made.id)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    remaining = list_annotations(sample_library, article_id=article.id)
    assert [a.start_offset for a in remaining] == [10]
    window.undo_stack.undo()
    assert len(list_annotations(sample_library, article_id=article.id)) == 2


def test_edit_from_the_menu_means_the_annotation_under_the_cursor(window, sample_library):
    article = open_sample(window, sample_library)
    body = paragraph(article)
    _make(window, body, 2, 6, IMPORTANT)
    target = _make(window, body, 10, 14, QUESTION)
    select_stored(window, body.id, 11, 11)
    window.action(ActionId.EDIT_ANNOTATION).trigger()
    dialog = open_dialog(window)
    assert dialog.quote == target.exact
    dialog.note.setPlainText("为何?")
    dialog.accept()
    assert get_annotation(sample_library, target.id).note == "为何?"
    select_stored(window, body.id, 12, 12)
    window.action(ActionId.DELETE_ANNOTATION).trigger()
    assert get_annotation(sample_library, target.id).deleted is not None


def test_the_panel_action_opens_and_closes_the_dock_and_a_tab_behind_stays_open(window, qtbot):
    panel = tools(window).annotations.panel
    action = window.action(ActionId.SHOW_ANNOTATIONS)
    assert action.isChecked() and panel.isVisible()
    others = [d for d in window.tabifiedDockWidgets(panel) if d.objectName() == "flags_dock"]
    if others:  # the flags panel shares the side: putting it in front keeps ours open
        others[0].raise_()
        qtbot.wait(10)
        assert action.isChecked() and not panel.isHidden()
    action.trigger()
    assert not action.isChecked() and panel.isHidden()
    action.trigger()
    assert action.isChecked() and panel.isVisible()
    panel.close()
    assert not action.isChecked()
