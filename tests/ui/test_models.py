"""The issues tree and articles table: correct Qt models, lazy, grouped as people expect."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from reader.db.articles import get_article
from reader.db.flags import list_flags, open_counts_by_issue
from reader.db.issues import list_issues
from reader.importer.run import import_paths
from reader.ui import issues_model as im
from reader.ui.articles_model import (
    ArticleIdRole,
    ArticlesModel,
    Column,
    KindRole,
    OpenFlagCountRole,
    ParagraphCountRole,
    TagsRole,
)
from reader.ui.issues_model import ArticleCountRole, IssueIdRole, IssuesModel, NodeKindRole


def _labels(model: IssuesModel, parent: QModelIndex | None = None) -> list[str]:
    parent = parent or QModelIndex()
    if model.canFetchMore(parent):
        model.fetchMore(parent)
    return [model.index(row, 0, parent).data() for row in range(model.rowCount(parent))]


def test_issues_model_passes_the_model_tester(qtmodeltester, sample_library):
    qtmodeltester.check(IssuesModel(sample_library))


def test_issues_model_passes_the_model_tester_on_dated_issues(qtmodeltester, library, write_issues):
    import_paths(
        library, write_issues(("焦作日报", "2023-01-05"), ("焦作日报", None), (None, "2022-12-31"))
    )
    qtmodeltester.check(IssuesModel(library))


def test_empty_library_gives_an_empty_tree(qtmodeltester, library):
    model = IssuesModel(library)
    qtmodeltester.check(model)
    assert _labels(model) == []


def test_articles_model_passes_the_model_tester(qtmodeltester, sample_library):
    model = ArticlesModel(sample_library)
    qtmodeltester.check(model)  # no issue
    model.set_issue(list_issues(sample_library)[0].id)
    qtmodeltester.check(model)


def test_samples_without_publication_or_date_go_under_named_nodes(qapp, sample_library):
    model = IssuesModel(sample_library)
    assert _labels(model) == ["Unknown publication (2)"]
    publication = model.index(0, 0)
    assert _labels(model, publication) == ["No date (2)"]
    undated = model.index(0, 0, publication)
    assert _labels(model, undated) == ["003_de8a6e769b4f48b7.txt", "004_9cf174746abdde8c.txt"]
    first = model.index(0, 0, undated)
    assert first.data(NodeKindRole) == im.ISSUE
    assert first.data(ArticleCountRole) == 7
    assert model.index(0, 1, undated).data() == "7"
    assert model.index(1, 0, undated).data(ArticleCountRole) == 9
    flags = open_counts_by_issue(sample_library, [first.data(IssueIdRole)])
    assert first.data(im.OpenFlagCountRole) == flags.get(first.data(IssueIdRole), 0)


def test_tree_groups_by_publication_year_and_month(qapp, library, write_issues):
    import_paths(
        library,
        write_issues(
            ("焦作日报", "2023-01-06"), ("焦作日报", "2023-01-05"), ("焦作日报", "2022-12-31"),
            ("焦作日报", None), ("解放日报", "2023-02-01"), (None, "2021-03-04"),
        ),
    )  # fmt: skip
    model = IssuesModel(library)
    assert _labels(model) == ["焦作日报 (4)", "解放日报 (1)", "Unknown publication (1)"]
    paper = model.index(0, 0)
    assert _labels(model, paper) == ["2022 (1)", "2023 (2)", "No date (1)"]
    year_2023 = model.index(1, 0, paper)
    assert _labels(model, year_2023) == ["2023-01 (2)"]
    january = model.index(0, 0, year_2023)
    assert _labels(model, january) == ["01-05 第2版", "01-06 第1版"]  # by date, then page
    assert _labels(model, model.index(2, 0, paper)) == ["第4版"]  # undated: the page


def test_tree_loads_nothing_below_what_is_open(qapp, library, write_issues):
    import_paths(library, write_issues(("焦作日报", "2023-01-05"), ("焦作日报", "2023-02-05")))
    model = IssuesModel(library)
    assert model.rowCount() == 0 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    paper = model.node(model.index(0, 0))
    assert paper.children == [] and not paper.complete  # years not read until expanded


def test_a_months_rows_come_from_ids_and_their_names_a_page_at_a_time(
    qapp, library, write_issues, monkeypatch
):
    from reader.db import browse

    monkeypatch.setattr(im, "ISSUE_PAGE", 2)
    import_paths(library, write_issues(*[("焦作日报", None)] * 5))
    pages: list[list[int]] = []
    real = browse.issue_rows_by_id
    monkeypatch.setattr(
        browse, "issue_rows_by_id", lambda db, ids: pages.append(list(ids)) or real(db, ids)
    )
    model = IssuesModel(library)
    undated = model.find_group((im.YEAR, "焦作日报", None, None))
    assert model.rowCount(undated) == 0 and model.canFetchMore(undated)
    model.fetchMore(undated)
    assert model.rowCount(undated) == 5 and not model.canFetchMore(undated)  # every row, at once
    assert pages == [] and not model.hasChildren(model.index(4, 0, undated))  # no name read yet
    ids = [issue.id for issue in list_issues(library)]
    found = model.find_issue(ids[-1])  # a page: the rows in sight when scrolled down to it
    assert found.data(IssueIdRole) == ids[-1] and found.row() == 4
    assert pages == [ids[3:5]]
    assert model.index(1, 0, undated).data() == "第2版" and pages[1:] == [ids[0:2]]
    assert [model.index(r, 0, undated).data(IssueIdRole) for r in range(5)] == ids
    assert pages[2:] == [ids[2:3]]  # only the row not read yet


def test_articles_model_rows_and_roles(qapp, sample_library):
    model = ArticlesModel(sample_library)
    issue = next(i for i in list_issues(sample_library) if i.source_name.startswith("004"))
    model.set_issue(issue.id)
    assert model.rowCount() == 9
    titles = [model.index(row, Column.TITLE).data() for row in range(model.rowCount())]
    assert titles[4] == "推进项目建设 积蓄发展后劲"
    assert model.index(4, Column.DECK).data() == "示范区"
    assert model.index(4, Column.BYLINE).data() == "记者郭树勋"
    assert model.index(8, Column.KIND).data() == "commentary"
    assert model.index(8, Column.DECK).data() == "号角"
    fifth = model.index(4, 0)
    assert fifth.data(ArticleIdRole) == model.article_id(4)
    assert fifth.data(ParagraphCountRole) == int(model.index(4, Column.PARAGRAPHS).data()) == 12
    assert fifth.data(KindRole) == "news"
    assert fifth.data(TagsRole) == []
    in_article = {p.id for p in get_article(sample_library, model.article_id(4)).paragraphs}
    open_flags = [
        f
        for f in list_flags(sample_library, issue.id, state="open")
        if f.paragraph_id in in_article
    ]
    assert fifth.data(OpenFlagCountRole) == len(open_flags)
    assert model.headerData(Column.PARAGRAPHS, Qt.Orientation.Horizontal) == "¶"


def test_articles_model_holds_ids_and_reads_rows_in_pages(qapp, sample_library, monkeypatch):
    from reader.ui import articles_model

    calls = []
    real = articles_model.browse.article_rows
    monkeypatch.setattr(articles_model, "PAGE", 4)
    monkeypatch.setattr(
        articles_model.browse,
        "article_rows",
        lambda db, ids: calls.append(list(ids)) or real(db, ids),
    )
    model = ArticlesModel(sample_library)
    model.set_issue(list_issues(sample_library)[1].id)
    assert calls == []  # ids only until a row is drawn
    model.index(5, 0).data()
    assert len(calls) == 1 and len(calls[0]) == 4 and model.article_id(5) in calls[0]
    model.index(6, 0).data()
    assert len(calls) == 1  # same page, from the cache


@pytest.mark.parametrize("step", [1, -1])
def test_issue_walk_visits_every_issue_in_tree_order(qapp, library, write_issues, step):
    from reader.ui.navigation import following_issue, preceding_issue

    import_paths(
        library,
        write_issues(
            ("乙报", "2023-02-01"), ("甲报", "2023-01-05"), ("甲报", "2022-12-31"),
            ("甲报", None), (None, None),
        ),
    )  # fmt: skip
    model = IssuesModel(library)
    walk = following_issue if step > 0 else preceding_issue
    seen = []
    node = walk(model, model.root)
    while node is not None:
        seen.append(im.issue_label(node.leaf))
        node = walk(model, node)
    order = ["02-01 第1版", "12-31 第3版", "01-05 第2版", "第4版", "第5版"]  # 乙 sorts before 甲
    assert seen == (order if step > 0 else order[::-1])


def test_issues_model_answers_a_delegate_in_one_call_as_data_would(qapp, library, write_issues):
    from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    import_paths(library, write_issues(("焦作日报", "2023-01-05"), (None, None)))
    model = IssuesModel(library)
    paper = model.find_group((im.PUBLICATION, "焦作日报", None, None))
    issue = model.find_issue(list_issues(library)[0].id)
    unknown = model.index(1, 0)
    role = Qt.ItemDataRole
    roles = [role.DisplayRole, role.TextAlignmentRole, role.ForegroundRole, role.DecorationRole]
    delegate = QStyledItemDelegate()
    cells = (paper, paper.siblingAtColumn(im.ARTICLES_COLUMN), issue,
             issue.siblingAtColumn(im.ARTICLES_COLUMN), unknown)  # fmt: skip
    for index in cells:
        for asked in roles:  # what a view paints (the tree's own roles come from data())
            slot = QModelRoleData(int(asked))
            slot.setData("the cell painted before")  # a delegate reuses its span
            model.multiData(index, QModelRoleDataSpan(slot))
            assert slot.data() == index.data(asked)
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, index)  # Qt asks for all its roles in one call
        assert option.text == (index.data() or "")
    assert model.hasChildren(paper) and not model.hasChildren(issue)


def test_an_issue_gone_before_its_row_is_read_leaves_an_empty_row_until_reloaded(
    qapp, library, write_issues
):
    import_paths(library, write_issues(*[("焦作日报", "2023-01-05")] * 3))
    model = IssuesModel(library)
    month = model.find_group((im.MONTH, "焦作日报", "2023", "01"))
    model.fetchMore(month)  # the ids: names not read yet
    gone = list_issues(library)[1].id
    library.execute("UPDATE issues SET is_current = 0 WHERE id = ?", [gone])  # replaced
    row = model.index(1, 0, month)
    assert row.data() == "" and row.data(IssueIdRole) is None and not model.hasChildren(row)
    assert model.index(1, im.ARTICLES_COLUMN, month).data() is None
    assert model.index(2, 0, month).data() == "01-05 第3版"
    assert not model.find_issue(gone).isValid()
    model.reload()
    month = model.find_group((im.MONTH, "焦作日报", "2023", "01"))
    model.fetchMore(month)
    assert model.rowCount(month) == 2
