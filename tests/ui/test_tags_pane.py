"""The tags pane: a correct lazy tree model, filtering across issues, rename-merge, delete."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox
from tags_helpers import names_on, row_ids, show_first_issue

from reader.db import tags as tag_db
from reader.db.issues import list_issues
from reader.db.tag_views import articles_tagged
from reader.ui.actions import ActionId as A
from reader.ui.tags_model import ColorRole, IsTagRole, TagNameRole, TagsModel


@pytest.fixture
def win(window):
    """The window on the samples, showing issue 003 at its first article."""
    return show_first_issue(window)


@pytest.fixture
def tagged(sample_library) -> dict[str, list[int]]:
    """Tags across both sample issues: a hierarchy, a tag that is also a parent, colours."""
    db = sample_library
    one, two = ([r[0] for r in db.execute(
        "SELECT id FROM articles WHERE issue_id = ? ORDER BY position", [i.id])]
        for i in list_issues(db))  # fmt: skip
    tag_db.add_tag(db, [one[0], one[4], two[1]], "地点/解放区")
    tag_db.add_tag(db, [two[0], two[2]], "地点/示范区")
    tag_db.add_tag(db, [one[0], two[0]], "地点")
    tag_db.add_tag(db, [one[2]], "主题/教育")
    tag_db.add_tag(db, [one[0], two[2], two[5]], "会议")
    tag_db.set_color(db, "地点/解放区", "#d9534f")
    return {"one": one, "two": two}


def labels(model: TagsModel, parent: QModelIndex | None = None) -> list[tuple[str, str]]:
    parent = parent or QModelIndex()
    if model.canFetchMore(parent):
        model.fetchMore(parent)
    return [
        (model.index(r, 0, parent).data(), model.index(r, 1, parent).data())
        for r in range(model.rowCount(parent))
    ]


def test_the_tags_model_passes_the_model_tester(qtmodeltester, sample_library, tagged):
    model = TagsModel(sample_library)
    qtmodeltester.check(model)
    assert model.rowCount() == 3


def test_the_tree_is_read_a_level_at_a_time_with_counts(qapp, sample_library, tagged):
    model = TagsModel(sample_library)
    assert model.rowCount() == 0 and model.canFetchMore(QModelIndex())
    assert labels(model) == [("主题", "1"), ("会议", "3"), ("地点", "5")]
    place = model.index(2, 0)
    assert place.data(TagNameRole) == "地点" and place.data(IsTagRole) is True
    assert model.hasChildren(place) and model.rowCount(place) == 0  # not read yet
    assert labels(model, place) == [("示范区", "2"), ("解放区", "3")]
    district = model.index(1, 0, place)
    assert district.data(TagNameRole) == "地点/解放区" and district.data(ColorRole) == "#d9534f"
    assert not district.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert model.index(0, 0).data(IsTagRole) is False  # 主题 only has tags below it
    assert model.find("主题/教育").data(TagNameRole) == "主题/教育"
    assert not model.find("主题/没有").isValid()


def test_choosing_tags_lists_articles_from_every_issue_any_or_all(qtbot, tagged, win):
    pane = win.tags.pane
    win.issues_view.select_issue(list_issues(win.db)[0].id)
    win.articles_view.select_row(3)
    reading = win.reader.article.id
    pane.select_names(["地点/解放区"])
    assert win.articles_model.across_issues
    assert row_ids(win) == articles_tagged(win.db, ["地点/解放区"]) == [
        tagged["one"][0], tagged["one"][4], tagged["two"][1]]  # fmt: skip
    assert win.reader.article.id == tagged["one"][0]  # the first match is read
    title = win.articles_model.index(2, 0).data()
    assert title.startswith("004_9cf… · ") and title.endswith(
        win.articles_model.row_data(2).title)  # fmt: skip
    assert "3 articles tagged 地点/解放区" in win.status.currentMessage()
    pane.select_names(["会议", "地点"])
    assert row_ids(win) == articles_tagged(win.db, ["会议", "地点"])
    assert len(row_ids(win)) == 6
    win.action(A.TAG_FILTER_ALL).trigger()
    assert pane.match_all and row_ids(win) == [tagged["one"][0], tagged["two"][2]]
    win.action(A.CLEAR_TAG_FILTER).trigger()
    assert not win.articles_model.across_issues
    assert win.articles_model.issue_id == list_issues(win.db)[0].id
    assert win.reader.article.id == reading  # back where the person was


def test_choosing_an_issue_leaves_the_filter(qtbot, tagged, win):
    win.tags.show_tag("会议")
    assert win.articles_model.across_issues and win.tags.pane.selected_names() == ["会议"]
    second = list_issues(win.db)[1].id
    win.issues_view.select_issue(second)
    assert not win.articles_model.across_issues and win.articles_model.issue_id == second
    assert win.tags.pane.selected_names() == []


def test_a_chip_click_shows_every_article_with_that_tag(qtbot, tagged, win):
    win.issues_view.select_issue(list_issues(win.db)[0].id)
    win.articles_view.select_row(0)
    chip = next(c for c in win.tags.bar.tag_chips() if c.name == "会议")
    qtbot.mouseClick(
        chip, Qt.MouseButton.LeftButton, pos=chip.rect().topLeft() + chip.rect().center() / 2
    )
    assert row_ids(win) == articles_tagged(win.db, ["会议"]) and len(row_ids(win)) == 3


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No])
def test_rename_onto_an_existing_tag_asks_with_the_count_then_merges(
    qtbot, tagged, win, monkeypatch, answer
):
    asked: list[str] = []

    def question(_parent, _title, text, *args):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    pane = win.tags.pane
    pane.select_names(["会议"])
    monkeypatch.setattr(
        "reader.ui.tags_dialogs.QInputDialog.getText", lambda *a, **k: ("地点", True)
    )
    win.action(A.RENAME_TAG).trigger()
    assert len(asked) == 1 and "地点" in asked[0] and "3 articles" in asked[0]
    merged = answer == QMessageBox.StandardButton.Yes
    assert (tag_db.find_tag(win.db, "会议") is None) is merged
    if not merged:
        assert win.undo_stack.count() == 0
        return
    assert len(articles_tagged(win.db, ["地点"])) == 6 and pane.selected_names() == ["地点"]
    assert names_on(win, tagged["two"][5]) == ["地点"]
    win.action(A.UNDO).trigger()
    assert names_on(win, tagged["two"][5]) == ["会议"] and pane.selected_names() == ["会议"]
    win.action(A.REDO).trigger()
    assert tag_db.find_tag(win.db, "会议") is None


def test_rename_a_parent_keeps_it_chosen_and_open(qtbot, tagged, win):
    pane = win.tags.pane
    pane.select_names(["地点/解放区"])
    assert win.tags.rename_tag("地点", "地方") is not None
    assert pane.selected_names() == ["地方/解放区"]
    assert pane.tree.isExpanded(win.tags.model.find("地方"))
    assert row_ids(win) == articles_tagged(win.db, ["地方/解放区"]) and len(row_ids(win)) == 3
    win.action(A.UNDO).trigger()
    assert pane.selected_names() == ["地点/解放区"]


def test_delete_asks_with_the_count_and_undo_brings_it_back(qtbot, tagged, win, monkeypatch):
    asked: list[str] = []
    yes = QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or yes)
    win.tags.pane.select_names(["地点"])
    win.action(A.DELETE_TAG).trigger()
    assert "5 articles" in asked[0]
    assert articles_tagged(win.db, ["地点"]) == [] and not win.articles_model.across_issues
    assert [name for name, _n in labels(win.tags.model)] == ["主题", "会议"]
    win.action(A.UNDO).trigger()
    assert len(articles_tagged(win.db, ["地点"])) == 5
    assert tag_db.find_tag(win.db, "地点/解放区").color == "#d9534f"


def test_colour_shows_in_the_pane_and_is_undone(qtbot, tagged, win, monkeypatch):
    from PySide6.QtGui import QColor

    win.tags.pane.select_names(["会议"])
    monkeypatch.setattr(
        "reader.ui.tags_dialogs.QColorDialog.getColor", lambda *a: QColor("#123456")
    )
    win.action(A.TAG_COLOR).trigger()
    assert win.tags.model.find("会议").data(ColorRole) == "#123456"
    assert win.tags.colors["会议"] == "#123456"
    win.action(A.UNDO).trigger()
    assert win.tags.model.find("会议").data(ColorRole) is None and "会议" not in win.tags.colors


def test_tagging_updates_the_counts_in_place(qtbot, tagged, win):
    model, pane = win.tags.model, win.tags.pane
    pane.tree.expand(model.find("地点"))
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    win.articles_view.select_row(1)  # not tagged 地点 yet

    def counts() -> tuple[str, str]:
        return tuple(model.find(n).siblingAtColumn(1).data() for n in ("地点/解放区", "地点"))

    win.tags.add_tag("地点/解放区")
    assert counts() == ("4", "6")
    assert resets == [] and pane.tree.isExpanded(model.find("地点"))
    win.action(A.UNDO).trigger()
    assert counts() == ("3", "5") and resets == []
