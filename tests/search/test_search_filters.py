"""Filters narrow a search to exactly the articles that pass them."""

from __future__ import annotations

import pytest

from reader.search import search, search_ids


@pytest.fixture
def filtered(indexed):
    db = indexed
    db.execute("UPDATE issues SET publication = '焦作日报', date = '2023-01-05' WHERE id = 1")
    db.execute("UPDATE issues SET publication = '示范区报', date = '2022-12-06' WHERE id = 2")
    return db


def _issue_articles(db, issue_id):
    return {r[0] for r in db.execute("SELECT id FROM articles WHERE issue_id = ?", [issue_id])}


def test_publication_and_dates(filtered, corpus_of):
    everything = corpus_of(filtered).scan(["会议"])
    first, second = _issue_articles(filtered, 1), _issue_articles(filtered, 2)
    assert everything & first and everything & second
    assert set(search_ids(filtered, "会议", publication="焦作日报")) == everything & first
    assert set(search_ids(filtered, "会议", date_from="2023")) == everything & first
    assert set(search_ids(filtered, "会议", date_to="2022-12")) == everything & second
    assert set(search_ids(filtered, "会议", date_from="2022-12-06", date_to="2022-12-06")) == (
        everything & second
    )
    assert search_ids(filtered, "会议", publication="焦作日报", date_to="2022") == []


def test_tags_cover_the_tags_under_them(filtered, corpus_of):
    db = filtered
    db.execute("INSERT INTO tags (id, name) VALUES (1, '地点/解放区'), (2, '地点'), (3, '地')")
    hits = sorted(corpus_of(db).scan(["解放区"]))
    db.execute("INSERT INTO article_tags VALUES (?, 1), (?, 2), (?, 3)", hits[:3])
    assert set(search_ids(db, "解放区", tag="地点/解放区")) == {hits[0]}
    assert set(search_ids(db, "解放区", tag="地点")) == {hits[0], hits[1]}
    assert set(search_ids(db, "解放区", tag="地")) == {hits[2]}  # not 地点/…
    assert search_ids(db, "解放区", tag="人物") == []


def test_status(filtered, corpus_of):
    db = filtered
    hits = sorted(corpus_of(db).scan(["示范区"]))
    db.execute("UPDATE articles SET status = 'proofread' WHERE id IN (?, ?)", hits[:2])
    assert set(search_ids(db, "示范区", status="proofread")) == set(hits[:2])
    assert set(search_ids(db, "示范区", status="not_proofread")) == set(hits[2:])


def _flagged(db) -> set[int]:
    rows = db.execute(
        "SELECT DISTINCT a.id FROM flags f JOIN paragraphs p ON p.id = f.paragraph_id"
        " JOIN articles a ON a.issue_id = p.issue_id"
        " AND p.position BETWEEN a.first_paragraph AND a.last_paragraph WHERE f.state = 'open'"
    )
    return {r[0] for r in rows}


def test_open_flags(filtered, corpus_of):
    db = filtered
    if not db.execute("SELECT count(*) FROM flags").fetchone()[0]:
        paragraph = db.execute("SELECT id, issue_id FROM paragraphs LIMIT 1").fetchone()
        db.execute(
            "INSERT INTO flags (issue_id, paragraph_id, kind) VALUES (?, ?, 'doubled')",
            [paragraph[1], paragraph[0]],
        )
    everything = corpus_of(db).scan(["的"])
    flagged = _flagged(db)
    assert everything & flagged and everything - flagged
    assert set(search_ids(db, "的", has_open_flags=True)) == everything & flagged
    assert set(search_ids(db, "的", has_open_flags=False)) == everything - flagged
    db.execute("UPDATE flags SET state = 'dismissed'")
    assert search_ids(db, "的", has_open_flags=True) == []


def test_annotations(filtered, corpus_of):
    db = filtered
    hits = sorted(corpus_of(db).scan(["的"]))
    for n, (article_id, deleted) in enumerate([(hits[0], None), (hits[1], "2024-01-01T00:00:00Z")]):
        db.execute(
            "INSERT INTO annotations (id, issue_id, source_hash, article_id, exact, category,"
            " created, modified, deleted)"
            " SELECT ?, issue_id, 'x', id, '的', 'note', 'now', 'now', ?"
            " FROM articles WHERE id = ?",
            [f"urn:uuid:{n}", deleted, article_id],
        )
    assert search_ids(db, "的", has_annotations=True) == [hits[0]]
    assert set(search_ids(db, "的", has_annotations=False)) == set(hits[1:])


def test_filters_combine_with_paging_and_count(filtered):
    result = search(filtered, "会", publication="示范区报", limit=2)
    ids = search_ids(filtered, "会", publication="示范区报")
    assert result.total == len(ids) > 2
    assert [h.article_id for h in result.hits] == ids[:2]
    assert all(h.publication == "示范区报" for h in result.hits)
