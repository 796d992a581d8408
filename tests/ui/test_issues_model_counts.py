"""The issues tree reads counts only for the rows shown, and still shows them right."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
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
