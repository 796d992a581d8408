"""Confirming and dismissing flags: saved at once, undoable, and the counts follow."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMenu

from reader.db.connection import open_library
from reader.db.flag_views import flag_state
from reader.importer.run import import_paths
from reader.ui.actions import ActionId
from reader.ui.articles_model import Column as ArticleColumn
from reader.ui.issues_model import FLAGS_COLUMN
from tests.ui.test_flags_panel import EDUCATION, open_article, press

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _counts(window) -> tuple[str, str]:
    """(open flags in the articles list's current row, open flags in the tree's current issue)."""
    row = window.articles_view.current_row()
    article = window.articles_model.index(row, ArticleColumn.FLAGS).data()
    current = window.issues_view.currentIndex()
    issue = window.issues_model.index(current.row(), FLAGS_COLUMN, current.parent()).data()
    return article, issue


def test_the_flag_counts_are_shown_in_the_articles_list_and_the_issues_tree(window, sample_library):
    open_article(window, EDUCATION)
    header = window.articles_view.horizontalHeader()
    assert not header.isSectionHidden(ArticleColumn.FLAGS)
    assert _counts(window) == ("7", "16")


def test_confirm_and_dismiss_by_key_with_undo_redo_and_counts(window, sample_library, qtbot):
    open_article(window, EDUCATION)
    review = window.flag_review
    press(window, qtbot, Qt.Key.Key_F8)
    press(window, qtbot, Qt.Key.Key_F8)  # the duplicate ¶6
    flag_id = review.current
    press(window, qtbot, Qt.Key.Key_C, CTRL_SHIFT)
    assert flag_state(sample_library, flag_id) == "confirmed"  # saved: another connection sees it
    assert review.current_flag().flag.state == "confirmed"
    assert _counts(window) == ("6", "15")
    assert review.panel.summary.text() == "6 open of 7"
    assert window.action(ActionId.UNDO).text() == "&Undo Confirm duplicate ¶6"
    window.action(ActionId.UNDO).trigger()
    assert flag_state(sample_library, flag_id) == "open"
    assert _counts(window) == ("7", "16")
    window.action(ActionId.REDO).trigger()
    assert flag_state(sample_library, flag_id) == "confirmed"
    assert _counts(window) == ("6", "15")
    press(window, qtbot, Qt.Key.Key_D, CTRL_SHIFT)
    assert flag_state(sample_library, flag_id) == "dismissed"
    assert _counts(window) == ("6", "15")  # still not open
    window.action(ActionId.UNDO).trigger()
    assert flag_state(sample_library, flag_id) == "confirmed"


def test_the_panel_buttons_review_the_chosen_flag(window, sample_library):
    open_article(window, EDUCATION)
    review = window.flag_review
    review.panel.table.selectRow(3)
    flag_id = review.current
    buttons = review.panel.buttons
    assert not buttons[ActionId.REOPEN_FLAG].isEnabled()
    buttons[ActionId.DISMISS_FLAG].click()
    assert flag_state(sample_library, flag_id) == "dismissed"
    assert review.panel.current_flag().id == flag_id  # still chosen after the reload
    assert buttons[ActionId.REOPEN_FLAG].isEnabled()
    assert not buttons[ActionId.DISMISS_FLAG].isEnabled()
    buttons[ActionId.REOPEN_FLAG].click()
    assert flag_state(sample_library, flag_id) == "open"
    assert _counts(window) == ("7", "16")


def test_a_duplicate_shows_the_other_copy_and_goes_to_it(window, sample_library):
    open_article(window, EDUCATION)
    review = window.flag_review
    review.panel.table.selectRow(2)  # ¶7, identical to ¶6
    detail = review.panel.detail.toPlainText()
    assert "The other copy, ¶6:" in detail
    assert "元实施的解放区教育信息化2.0提升工程顺利完成" in detail
    assert review.panel.buttons[ActionId.OTHER_COPY].isEnabled()
    review.panel.buttons[ActionId.OTHER_COPY].click()
    (start, end, _color) = review.highlight.ranges[0]
    span = window.reader.map.locate(start), window.reader.map.locate(end)
    other_id = window.reader.article.paragraphs[5].id  # ¶6
    assert span == ((other_id, 0), (other_id, 205))
    assert "¶6" in window.status.currentMessage()
    review.panel.table.selectRow(0)  # a break has no other copy
    assert not review.panel.buttons[ActionId.OTHER_COPY].isEnabled()


def test_the_other_copy_in_another_article_is_opened(tmp_path, make_window, qtbot):
    library = tmp_path / "cross.sqlite"
    issue = tmp_path / "two.txt"
    repeated = (
        "本报讯 今天召开了很重要的一次会议，会议讨论了全年的经济工作安排和重点项目建设，"
        "要求各部门抓好落实。"
    )
    issue.write_text(
        f"# 区里召开经济工作会议\n\n{repeated}\n\n会议还强调了安全生产。\n\n"
        f"# 重点项目建设稳步推进\n\n{repeated}\n\n目前各项目进展顺利。\n",
        encoding="utf-8",
    )
    db = open_library(library)
    import_paths(db, [Path(issue)])
    db.close()
    window = make_window(library)
    open_article(window, "重点项目建设")
    review = window.flag_review
    assert review.model.rowCount() == 1
    review.panel.table.selectRow(0)
    assert review.current_flag().flag.kind == "duplicate"
    assert "“区里召开经济工作会议”" in review.panel.detail.toPlainText()
    window.action(ActionId.OTHER_COPY).trigger()
    assert window.reader.article.title == "区里召开经济工作会议"
    assert window.articles_view.current_row() == 0
    (start, end, _color) = review.highlight.ranges[0]
    cursor = window.reader.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, cursor.MoveMode.KeepAnchor)
    assert "很重要的一次会议" in cursor.selectedText()


def test_the_reader_context_menu_reviews_the_flag_of_the_paragraph(window, sample_library):
    open_article(window, EDUCATION)
    review, reader = window.flag_review, window.reader
    block = reader.document().firstBlock()
    while block.userState() != 9:
        block = block.next()
    review.scroll_to(block.position())
    point = reader.cursorRect(QTextCursor(block)).center()
    menu = QMenu()
    reader.context_menu_requested.emit(menu, point)
    submenus = [a.menu() for a in menu.actions() if a.menu() is not None]
    assert [m.title() for m in submenus] == ["duplicate ¶9 (open)"]
    confirm = next(a for a in submenus[0].actions() if a.text() == "&Confirm Flag")
    flag = review.model.article_flags()[4]
    assert flag.place.number == 9
    confirm.trigger()
    assert flag_state(sample_library, flag.id) == "confirmed"
    assert review.current == flag.id
