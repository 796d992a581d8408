"""Helpers for the tags tests: choosing articles as a person does, reading what is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader.db.issues import list_issues
from reader.db.tag_views import tags_on
from reader.ui.articles_model import Column
from reader.ui.main_window import MainWindow


def show_first_issue(window: MainWindow) -> MainWindow:
    """Show issue 003 of the samples at its first article."""
    issue = next(i for i in list_issues(window.db) if i.source_name.startswith("003"))
    assert window.issues_view.select_issue(issue.id)
    assert window.articles_view.select_row(0)
    return window


def click_row(qtbot, window: MainWindow, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Click an article's row in the list (Ctrl or Shift with `modifier`)."""
    view = window.articles_view
    rect = view.visualRect(view.model().index(row, Column.PARAGRAPHS))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def select_rows(qtbot, window: MainWindow, first: int, last: int) -> None:
    """Click `first`, then Shift-click `last`."""
    click_row(qtbot, window, first)
    click_row(qtbot, window, last, Qt.KeyboardModifier.ShiftModifier)


def row_ids(window: MainWindow) -> list[int]:
    model = window.articles_model
    return [model.article_id(row) for row in range(model.rowCount())]


def names_on(window: MainWindow, article_id: int) -> list[str]:
    return [tag.name for tag, _n in tags_on(window.db, [article_id])]


def type_tag(qtbot, window: MainWindow, name: str) -> None:
    """Ctrl+T, type the name (as an input method commits it: QTest types ASCII only), Enter."""
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    field = window.tags.bar.field
    assert field.hasFocus()
    field.insert(name)
    qtbot.keyClick(field, Qt.Key.Key_Return)
