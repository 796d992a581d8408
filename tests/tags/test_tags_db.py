"""Tag edits: add, remove, colour, delete, rename and merge, each undone and redone."""

from __future__ import annotations

import pytest

from reader.db import tags
from reader.db.article_edits import merge_with_previous
from reader.db.tag_views import count_under, list_tags, tags_on


def state(db) -> tuple[list, list]:
    """Everything tags are: the rows and the links, sorted, to compare before and after."""
    rows = db.execute("SELECT id, name, color FROM tags ORDER BY id").fetchall()
    links = db.execute("SELECT article_id, tag_id FROM article_tags ORDER BY 1, 2").fetchall()
    return rows, links


def names_on(db, article_id: int) -> list[str]:
    return [tag.name for tag, _n in tags_on(db, [article_id])]


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("教育", "教育"),
        (" #地点 / 解放区 ", "地点/解放区"),
        ("a//b/", "a/b"),
        ("New York", "New York"),
    ],
)
def test_names_are_normalised(typed, name):
    assert tags.normalize_name(typed) == name


@pytest.mark.parametrize("typed", ["", "  ", "#", "/", "a\tb", "x" * 101])
def test_names_that_cannot_be_tags_are_refused(typed):
    with pytest.raises(tags.TagError):
        tags.normalize_name(typed)


def test_colours_are_checked_and_lowercased():
    assert tags.normalize_color("#3A7BD5") == "#3a7bd5"
    assert tags.normalize_color("") is None
    with pytest.raises(tags.TagError):
        tags.normalize_color("blue")


def test_add_creates_the_tag_once_and_tags_only_the_untagged(sample_library, by_issue):
    db = sample_library
    a, b, c = by_issue[0][:3]
    first = tags.add_tag(db, [a, b], "教育")
    assert len(first.created) == 1 and first.added == (
        (a, first.created[0].id),
        (b, first.created[0].id),
    )
    second = tags.add_tag(db, [b, c], "教育")
    assert second.created == () and second.added == ((c, first.created[0].id),)
    assert names_on(db, a) == names_on(db, c) == ["教育"]


def test_undo_and_redo_of_add_put_back_exactly_the_state(sample_library, by_issue):
    db = sample_library
    tags.add_tag(db, [by_issue[0][0]], "教育")
    before = state(db)
    delta = tags.add_tag(db, by_issue[0][:3], "教育")
    after = state(db)
    tags.undo_delta(db, delta)
    assert state(db) == before
    tags.redo_delta(db, delta)
    assert state(db) == after


def test_add_to_no_existing_article_is_refused(sample_library):
    with pytest.raises(tags.TagError):
        tags.add_tag(sample_library, [99999], "教育")
    assert list_tags(sample_library) == []


def test_remove_takes_the_tag_off_and_keeps_the_tag(sample_library, by_issue):
    db = sample_library
    a, b = by_issue[0][:2]
    tags.add_tag(db, [a, b], "教育")
    before = state(db)
    delta = tags.remove_tag(db, [a, a], "教育")
    assert names_on(db, a) == [] and names_on(db, b) == ["教育"]
    assert [t.name for t in list_tags(db)] == ["教育"]
    tags.undo_delta(db, delta)
    assert state(db) == before
    with pytest.raises(tags.TagError):
        tags.remove_tag(db, [a], "没有这个")


def test_colour_is_set_undone_and_creates_a_group_tag(sample_library, by_issue):
    db = sample_library
    tags.add_tag(db, [by_issue[0][0]], "地点/解放区")
    before = state(db)
    delta = tags.set_color(db, "地点/解放区", "#aa0000")
    assert tags.find_tag(db, "地点/解放区").color == "#aa0000"
    tags.undo_delta(db, delta)
    assert state(db) == before
    group = tags.set_color(db, "地点", "#00aa00")  # a name with only tags below it
    assert tags.find_tag(db, "地点").color == "#00aa00" and len(group.created) == 1
    assert tags.set_color(db, "地点", "#00AA00").empty


def test_delete_removes_the_subtree_and_undo_restores_ids_colours_links(sample_library, by_issue):
    db = sample_library
    a, b, c = by_issue[0][:3]
    tags.add_tag(db, [a], "地点")
    tags.add_tag(db, [a, b], "地点/解放区")
    tags.add_tag(db, [c], "地点/解放区/民生街道")
    tags.add_tag(db, [c], "地点外")  # shares the prefix text, not the hierarchy
    tags.set_color(db, "地点/解放区", "#123456")
    before = state(db)
    assert count_under(db, "地点") == 3
    delta = tags.delete_tag(db, "地点")
    assert [t.name for t in list_tags(db)] == ["地点外"]
    tags.undo_delta(db, delta)
    assert state(db) == before
    tags.redo_delta(db, delta)
    assert [t.name for t in list_tags(db)] == ["地点外"]


def test_rename_moves_the_names_below_too(sample_library, by_issue):
    db = sample_library
    a = by_issue[0][0]
    tags.add_tag(db, [a], "地点/解放区")
    tags.add_tag(db, [a], "地点/山阳区")
    before = state(db)
    delta = tags.rename_tag(db, "地点", "地方")
    assert names_on(db, a) == ["地方/山阳区", "地方/解放区"]
    tags.undo_delta(db, delta)
    assert state(db) == before
    with pytest.raises(tags.TagError):
        tags.rename_tag(db, "地点", "地点/更深")


def test_rename_onto_an_existing_tag_merges_and_undo_splits_again(sample_library, by_issue):
    db = sample_library
    a, b, c = by_issue[0][:3]
    tags.add_tag(db, [a, b], "学校")
    tags.add_tag(db, [b, c], "教育")
    tags.set_color(db, "学校", "#ff0000")
    before = state(db)
    plan = tags.plan_rename(db, "学校", "教育")
    assert plan.articles == 2 and [(t.name, target.name) for t, target in plan.merges] == [
        ("学校", "教育")
    ]
    delta = tags.rename_tag(db, "学校", "教育")
    assert [(t.name, t.articles) for t in list_tags(db)] == [("教育", 3)]
    assert delta.added == ((a, tags.find_tag(db, "教育").id),)  # b already had it
    tags.undo_delta(db, delta)
    assert state(db) == before
    tags.redo_delta(db, delta)
    assert [(t.name, t.articles) for t in list_tags(db)] == [("教育", 3)]


def test_undo_skips_articles_merged_away_meanwhile(sample_library, by_issue):
    db = sample_library
    first, second = by_issue[0][:2]
    delta = tags.delete_tag(db, tags.add_tag(db, [first, second], "教育").created[0].name)
    merge_with_previous(db, second)  # `second` no longer exists
    tags.undo_delta(db, delta)
    assert names_on(db, first) == ["教育"]
    assert db.execute("SELECT count(*) FROM article_tags").fetchone()[0] == 1
