"""The issues tree reads counts only for the rows shown, and still shows them right."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from reader.db import browse
from reader.importer.run import import_paths
from reader.ui.issues_model import ArticleCountRole, IssueCountRole, IssuesModel


def test_groups_are_counted_when_shown_and_issue_counts_in_batches(
    qapp, library, write_issues, monkeypatch, qtmodeltester: ModelTester
):
    days = [("甲报", f"2023-01-{d:02d}") for d in range(1, 8)] + [("甲报", "2024-02-01")]
    import_paths(library, write_issues(*days))
    counted: list[object] = []
    real_count, real_counts = browse.count_in, browse.issue_counts
    monkeypatch.setattr(
        browse, "count_in", lambda *a, **k: counted.append(a) or real_count(*a, **k)
    )
    monkeypatch.setattr(
        browse, "issue_counts", lambda db, ids: counted.append(list(ids)) or real_counts(db, ids)
    )
    model = IssuesModel(library)
    model.fetchMore(QModelIndex())  # the publications
    model.fetchMore(model.index(0, 0))  # the years of 甲报
    year = model.index(0, 0, model.index(0, 0))
    model.fetchMore(year)
    month = model.index(0, 0, year)
    model.fetchMore(month)
    assert model.rowCount(month) == 7 and counted == []  # names only, so far
    assert year.data() == "2023 (7)" and month.data(IssueCountRole) == 7
    assert model.index(0, 0).data() == "甲报 (8)"
    assert [model.index(r, 0, month).data(ArticleCountRole) for r in range(7)] == [2] * 7
    assert sum(isinstance(c, list) for c in counted) == 1  # one batch for the month
    qtmodeltester.check(model)


def test_a_painted_month_shows_names_and_counts_and_later_changes_are_announced(
    qapp, library, write_issues, monkeypatch, qtbot
):
    from reader.db.issues import list_issues
    from reader.ui.issues_model import ARTICLES_COLUMN, FLAGS_COLUMN, LABEL_COLUMN
    from reader.ui.panes import IssuesView

    import_paths(library, write_issues(*[("甲报", f"2023-01-{d:02d}") for d in range(1, 6)]))
    read: list[list[int]] = []
    real_counts = browse.issue_counts
    monkeypatch.setattr(
        browse, "issue_counts", lambda db, ids: read.append(list(ids)) or real_counts(db, ids)
    )
    model = IssuesModel(library)
    view = IssuesView(model)
    qtbot.addWidget(view)
    view.resize(600, 400)
    issues = list_issues(library)
    view.select_issue(issues[2].id)  # opens 甲报, 2023, 2023-01 (the rows not yet read)
    assert read == []
    view.show()
    qtbot.waitExposed(view)
    image = view.viewport().grab()  # paints: the rows in sight are filled as they are drawn
    assert not image.isNull() and len(read) == 1  # one batch for the rows drawn
    month = view.currentIndex().parent()
    first = model.index(0, LABEL_COLUMN, month)
    assert view.visualRect(first).intersects(view.viewport().rect())
    assert view.indexAt(view.visualRect(first).center()) == first
    assert first.data() == "01-01 第1版" and first.siblingAtColumn(ARTICLES_COLUMN).data() == "2"
    assert model.flags(first) & Qt.ItemFlag.ItemNeverHasChildren
    assert not model.hasChildren(first) and model.hasChildren(month)

    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b: changed.append((a.row(), a.column())))
    model.set_open_flags({issues[0].id: 3})  # after a review: the painted cell is told
    assert (0, FLAGS_COLUMN) in changed and first.siblingAtColumn(FLAGS_COLUMN).data() == "3"

    view.reload()  # the tree read again: the same place, nothing stale
    assert view.current_issue_id() == issues[2].id
    assert view.currentIndex().data() == "01-03 第3版"
    assert model.find_issue(issues[4].id).siblingAtColumn(ARTICLES_COLUMN).data() == "2"
