"""Reading tags: the tree level by level with counts, the filter across issues, places."""

from __future__ import annotations

import shutil

from reader.db import tags
from reader.db.tag_views import (
    article_places,
    articles_tagged,
    child_nodes,
    count_under,
    list_tags,
    tag_colors,
    tag_names,
    tags_on,
)
from reader.importer.run import import_paths


def tree(db, parent=None) -> list[tuple]:
    return [
        (n.name, n.label, n.is_tag, n.articles, n.has_children) for n in child_nodes(db, parent)
    ]


def test_the_hierarchy_is_listed_one_level_at_a_time(sample_library, by_issue):
    db = sample_library
    a, b, c = by_issue[0][:3]
    tags.add_tag(db, [a, b], "地点/解放区")
    tags.add_tag(db, [b, c], "地点/山阳区/新城")
    tags.add_tag(db, [a], "教育")
    tags.add_tag(db, [c], "地点外")
    assert tree(db) == [
        ("地点", "地点", False, 3, True),  # a, b, c once each, though b is under both
        ("地点外", "地点外", True, 1, False),
        ("教育", "教育", True, 1, False),
    ]
    assert tree(db, "地点") == [
        ("地点/山阳区", "山阳区", False, 2, True),
        ("地点/解放区", "解放区", True, 2, False),
    ]
    assert tree(db, "地点/山阳区") == [("地点/山阳区/新城", "新城", True, 2, False)]
    assert tree(db, "教育") == []


def test_a_tag_that_is_also_a_parent_counts_its_own_and_its_childrens_articles(
    sample_library, by_issue
):
    db = sample_library
    a, b = by_issue[0][:2]
    tags.add_tag(db, [a], "地点")
    tags.add_tag(db, [a, b], "地点/解放区")
    assert tree(db) == [("地点", "地点", True, 2, True)]
    assert count_under(db, "地点") == 2 and count_under(db, "地点/解放区") == 2


def test_list_counts_and_colours(sample_library, by_issue):
    db = sample_library
    tags.add_tag(db, by_issue[0][:4], "教育")
    tags.add_tag(db, by_issue[1][:1], "安全")
    tags.set_color(db, "安全", "#aa0000")
    tags.remove_tag(db, by_issue[1][:1], "安全")
    assert [t.as_json() for t in list_tags(db)] == [
        {"name": "安全", "color": "#aa0000", "articles": 0},
        {"name": "教育", "color": None, "articles": 4},
    ]
    assert tag_names(db) == ["安全", "教育"] and tag_colors(db) == {"安全": "#aa0000"}


def test_a_superseded_version_keeps_its_tags_but_is_not_counted(library, samples, tmp_path):
    source = tmp_path / "issue.txt"
    shutil.copy(samples / "003_de8a6e769b4f48b7.txt", source)
    first = import_paths(library, [source]).results[0].issue_id
    article = library.execute("SELECT id FROM articles WHERE issue_id = ?", [first]).fetchone()[0]
    tags.add_tag(library, [article], "教育")
    source.write_text(source.read_text(encoding="utf-8") + "\n\n又一段。\n", encoding="utf-8")
    newer = import_paths(library, [source]).results[0].issue_id
    assert newer != first
    assert library.execute("SELECT count(*) FROM article_tags").fetchone()[0] == 2  # carried
    assert [t.articles for t in list_tags(library)] == [1]
    assert tree(library) == [("教育", "教育", True, 1, False)]
    found = articles_tagged(library, ["教育"])
    assert len(found) == 1 and article_places(library, found)[found[0]].source_name == "issue.txt"


def test_filter_any_and_all_across_issues_in_issue_order(sample_library, by_issue):
    db = sample_library
    one, two = by_issue
    tags.add_tag(db, [two[2], one[1], one[0]], "安全")
    tags.add_tag(db, [one[1], two[2], two[3]], "地点/解放区")
    tags.add_tag(db, [two[4]], "地点/示范区")
    assert articles_tagged(db, ["安全"]) == [one[0], one[1], two[2]]
    assert articles_tagged(db, ["安全", "地点/解放区"]) == [one[0], one[1], two[2], two[3]]
    assert articles_tagged(db, ["安全", "地点/解放区"], match_all=True) == [one[1], two[2]]
    assert articles_tagged(db, ["地点"]) == [one[1], two[2], two[3], two[4]]  # and below
    assert articles_tagged(db, ["安全", "地点"], match_all=True) == [one[1], two[2]]
    assert articles_tagged(db, ["安全", "没有"], match_all=True) == []
    assert articles_tagged(db, ["没有"]) == [] and articles_tagged(db, []) == []


def test_tags_on_a_selection_count_how_many_carry_each(sample_library, by_issue):
    db = sample_library
    a, b, c = by_issue[0][:3]
    tags.add_tag(db, [a, b], "教育")
    tags.add_tag(db, [c], "安全")
    assert [(t.name, n) for t, n in tags_on(db, [a, b, c])] == [("安全", 1), ("教育", 2)]
    assert tags_on(db, []) == []
