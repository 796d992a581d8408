"""Proofreading status: icons in the articles list, keys, the next article, progress per issue."""

from __future__ import annotations

from annotation_helpers import open_sample
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from reader.annotate.articles import NOT_PROOFREAD, PROBLEMATIC, PROOFREAD, VALIDATED
from reader.db.article_edits import set_status
from reader.db.articles import article_ids, get_article
from reader.db.issues import list_issues
from reader.ui.actions import ActionId
from reader.ui.articles_model import Column
from reader.ui.issues_model import PROGRESS_COLUMN, IssueIdRole
from reader.ui.status_marks import status_icon

CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def _image(icon) -> QImage:
    return icon.pixmap(14, 14).toImage()


def _status_cell(window, row: int):
    """Where the status icon is drawn: before the title, as in the design's article list."""
    return window.articles_model.index(row, Column.TITLE)


def _issue_cell(window, issue_id: int, column: int):
    found = window.issues_model.find_issue(issue_id)
    return found.siblingAtColumn(column)


def _press(window, qtbot, key, modifiers) -> None:
    with qtbot.waitActive(window):
        window.activateWindow()
    window.reader.setFocus()
    qtbot.keyClick(window.reader, key, modifiers)


def test_status_icons_differ_and_show_before_each_title(window, sample_library):
    images = [_image(status_icon(s)) for s in (NOT_PROOFREAD, PROBLEMATIC, PROOFREAD, VALIDATED)]
    assert all(not image.isNull() for image in images)
    assert len({bytes(image.constBits()) for image in images}) == 4
    open_sample(window, sample_library, row=0)
    icon = _status_cell(window, 0).data(Qt.ItemDataRole.DecorationRole)
    assert _image(icon) == images[0]
    assert "Status: not proofread" in _status_cell(window, 0).data(Qt.ItemDataRole.ToolTipRole)
    status_column = window.articles_model.index(0, Column.STATUS)
    assert status_column.data() == "not proofread"  # the optional column names it
    assert status_column.data(Qt.ItemDataRole.DecorationRole) is None


def test_status_keys_set_the_status_with_undo(window, sample_library, qtbot):
    open_sample(window, sample_library, row=2)
    article_id = window.articles_view.current_article_id()
    for key, status in ((Qt.Key.Key_1, PROBLEMATIC), (Qt.Key.Key_3, VALIDATED),
                        (Qt.Key.Key_2, PROOFREAD)):  # fmt: skip
        _press(window, qtbot, key, CTRL_ALT)
        assert get_article(sample_library, article_id).status == status
        shown = _status_cell(window, 2).data(Qt.ItemDataRole.DecorationRole)
        assert _image(shown) == _image(status_icon(status))
        assert window.articles_model.index(2, Column.STATUS).data() == status.replace("_", " ")
    window.undo_stack.undo()
    assert get_article(sample_library, article_id).status == VALIDATED
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert get_article(sample_library, article_id).status == NOT_PROOFREAD
    window.undo_stack.redo()
    assert get_article(sample_library, article_id).status == PROBLEMATIC
    _press(window, qtbot, Qt.Key.Key_0, CTRL_ALT)
    assert get_article(sample_library, article_id).status == NOT_PROOFREAD


def test_mark_proofread_and_go_to_the_next_unproofread_runs_across_issues(
    window, sample_library, qtbot
):
    first, second = list_issues(sample_library)
    ids = article_ids(sample_library, first.id)
    set_status(sample_library, ids[-2], PROOFREAD)  # skipped on the way
    window.issues_view.select_issue(first.id)
    window.articles_view.select_row(len(ids) - 3)
    _press(window, qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert get_article(sample_library, ids[-3]).status == PROOFREAD
    assert window.articles_view.current_article_id() == ids[-1]
    _press(window, qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.issues_view.current_issue_id() == second.id
    assert window.articles_view.current_row() == 0
    assert window.reader.article.id == article_ids(sample_library, second.id)[0]
    window.undo_stack.undo()
    assert get_article(sample_library, ids[-1]).status == NOT_PROOFREAD


def test_the_issues_tree_shows_progress_and_follows_changes(window, sample_library, qtbot):
    first, second = list_issues(sample_library)
    total = len(article_ids(sample_library, first.id))
    window.issues_view.select_issue(first.id)
    cell = _issue_cell(window, first.id, PROGRESS_COLUMN)
    assert cell.data() == f"0/{total}"
    assert cell.data(Qt.ItemDataRole.TextAlignmentRole) is not None
    header = window.issues_model.headerData(PROGRESS_COLUMN, Qt.Orientation.Horizontal)
    assert header == "Proofread"
    window.articles_view.select_row(0)
    window.action(ActionId.STATUS_PROOFREAD).trigger()
    window.articles_view.select_row(1)
    window.action(ActionId.STATUS_VALIDATED).trigger()
    window.articles_view.select_row(2)
    window.action(ActionId.STATUS_PROBLEMATIC).trigger()
    assert _issue_cell(window, first.id, PROGRESS_COLUMN).data() == f"2/{total}"
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert _issue_cell(window, first.id, PROGRESS_COLUMN).data() == f"1/{total}"
    other = _issue_cell(window, second.id, PROGRESS_COLUMN)
    assert other.data(IssueIdRole) == second.id and other.data().startswith("0/")


def test_progress_is_read_in_batches_for_the_rows_drawn(
    library, library_path, make_window, write_issues, monkeypatch
):
    from reader.db import browse
    from reader.importer.run import import_paths

    import_paths(library, write_issues(*[("甲报", f"2023-01-{d:02d}") for d in range(1, 8)]))
    calls: list[list[int]] = []
    real = browse.issue_counts

    def counted(db, ids):
        calls.append(list(ids))
        return real(db, ids)

    monkeypatch.setattr(browse, "issue_counts", counted)
    window = make_window(library_path)
    issues = list_issues(library)
    window.issues_view.select_issue(issues[3].id)
    texts = [_issue_cell(window, i.id, PROGRESS_COLUMN).data() for i in issues]
    assert texts == ["0/2"] * 7
    assert sorted(set().union(*map(set, calls))) == sorted(i.id for i in issues)
    assert len(calls) <= 2  # one batch for the month (and perhaps one as the tree painted)
