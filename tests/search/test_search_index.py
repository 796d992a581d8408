"""Keeping the index current: import, new versions, edits, notes, removal, rebuild."""

from __future__ import annotations

import shutil

from reader.db import search as index
from reader.importer.run import NEW_VERSION, import_paths
from reader.search import search, search_ids


def _index(db, summary):
    ids = [r.issue_id for r in summary.results if r.issue_id is not None]
    for issue_id in ids:
        index.index_issue(db, issue_id)
    return ids


def _instances(db) -> set[tuple]:
    """Every (table, term, article, column, offset) the two FTS5 indexes hold."""
    found: set[tuple] = set()
    for table in (index.TEXT, index.CHARS):
        db.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.v_{table}"
            f" USING fts5vocab(main, {table}, instance)"
        )
        found |= {(table, *row) for row in db.execute(f"SELECT * FROM temp.v_{table}")}
    return found


def test_imported_issues_are_found(library, samples, corpus_of):
    _index(library, import_paths(library, [samples]))
    corpus = corpus_of(library)
    for q in ["解放区", "焦", "宫卫红", "“双治理”"]:
        assert set(search_ids(library, q)) == corpus.scan([q]) != set()
    assert library.execute(f"SELECT count(*) FROM {index.DOCS}").fetchone()[0] == len(corpus.texts)


def test_a_new_version_replaces_the_old_in_results(library, samples, tmp_path, corpus_of):
    path = tmp_path / "003.txt"
    shutil.copy(next(samples.glob("003_*.txt")), path)
    (old_id,) = _index(library, import_paths(library, [path]))
    assert search(library, "开门红").total == 1
    text = path.read_text(encoding="utf-8").replace("开门红", "新气象")
    path.write_text(text, encoding="utf-8")
    summary = import_paths(library, [path])
    assert summary.results[0].status == NEW_VERSION
    (new_id,) = _index(library, summary)
    assert search(library, "开门红").total == 0
    new_hits = search(library, "新气象").hits
    assert [h.issue_id for h in new_hits] == [new_id]
    rows = library.execute("SELECT id FROM articles WHERE issue_id = ?", [old_id])
    old_articles = {r[0] for r in rows}
    assert not old_articles & set(search_ids(library, "的"))
    assert set(search_ids(library, "的")) == corpus_of(library).scan(["的"])


def test_remove_issue(indexed):
    before = search(indexed, "的").total
    removed = index.remove_issue(indexed, 1)
    count = indexed.execute("SELECT count(*) FROM articles WHERE issue_id = 1").fetchone()[0]
    assert removed == count > 0
    assert all(h.issue_id == 2 for h in search(indexed, "的", limit=100).hits)
    assert search(indexed, "的").total < before
    assert index.remove_issue(indexed, 1) == 0


def test_reindex_after_a_title_edit(indexed):
    article_id = search(indexed, "开门红").hits[0].article_id
    indexed.execute("UPDATE articles SET title = '商贸消费甲乙丙丁' WHERE id = ?", [article_id])
    assert search(indexed, "甲乙丙丁").total == 0
    index.reindex_article(indexed, article_id)
    hit = search(indexed, "甲乙丙丁").hits[0]
    assert hit.article_id == article_id and hit.title_spans == ((4, 8),)


def test_notes_and_corrections_are_searchable(indexed):
    article_id = search(indexed, "开门红").hits[0].article_id
    indexed.execute(
        "INSERT INTO annotations (id, issue_id, source_hash, article_id, exact, category,"
        " correction, note, created, modified) SELECT 'urn:uuid:1', issue_id, 'x', id, '开门',"
        " 'ocr_error', '开门见喜', '校对备注：核对原报', 'now', 'now' FROM articles WHERE id = ?",
        [article_id],
    )
    index.reindex_article(indexed, article_id)
    assert search_ids(indexed, "开门见喜") == [article_id]
    assert search_ids(indexed, '"核对原报"') == [article_id]
    assert "核对原报" in search(indexed, "核对原报").hits[0].snippet.text
    indexed.execute("UPDATE annotations SET deleted = 'now'")
    index.reindex_article(indexed, article_id)
    assert search_ids(indexed, "核对原报") == []


def test_an_article_edited_away_leaves_the_index(indexed):
    article_id = search(indexed, "开门红").hits[0].article_id
    indexed.execute("DELETE FROM articles WHERE id = ?", [article_id])
    index.reindex_article(indexed, article_id)
    assert search(indexed, "开门红").total == 0
    assert not any(row[2] == article_id for row in _instances(indexed))


def test_changes_leave_exactly_what_a_rebuild_makes(indexed):
    db = indexed
    index.index_issue(db, 1)  # again: idempotent
    db.execute("UPDATE articles SET title = title || '（续甲乙）' WHERE issue_id = 2")
    for (article_id,) in db.execute("SELECT id FROM articles WHERE issue_id = 2").fetchall():
        index.reindex_article(db, article_id)
    index.remove_issue(db, 1)
    index.index_issue(db, 1)
    incremental = _instances(db)
    calls = []
    assert index.rebuild(db, progress=lambda done, total: calls.append((done, total))) == 16
    assert calls[-1] == (2, 2) and calls == sorted(calls)
    assert incremental == _instances(db)
    assert (
        search(db, "续甲乙").total
        == db.execute("SELECT count(*) FROM articles WHERE issue_id = 2").fetchone()[0]
    )


def test_person_edits_reach_the_index_in_their_own_transaction(sample_library):
    """Notes, corrections and article titles are found right after they are made."""
    from reader.db.annotations import create_annotation, delete_annotation
    from reader.db.article_edits import edit_article
    from reader.db.articles import get_article, list_articles
    from reader.db.issues import list_issues
    from reader.search import search_ids

    issue = list_issues(sample_library)[0]
    article = list_articles(sample_library, issue.id)[0]
    body = next(p for p in get_article(sample_library, article.id).paragraphs if p.role == "body")
    assert search_ids(sample_library, "独一无二的批注词") == []
    made = create_annotation(
        sample_library, issue.id, (body.id, 0), (body.id, 4), "note", note="独一无二的批注词"
    )
    assert search_ids(sample_library, "独一无二的批注词") == [article.id]
    delete_annotation(sample_library, made.id)
    assert search_ids(sample_library, "独一无二的批注词") == []
    edit_article(sample_library, article.id, title="改过的标题甲乙丙")
    assert search_ids(sample_library, "改过的标题甲乙丙") == [article.id]


def test_a_rebuild_restores_the_write_time_settings(library, samples):
    _index(library, import_paths(library, [samples]))
    index.rebuild(library)
    for table in (index.TEXT, index.CHARS):
        config = dict(library.execute(f"SELECT k, v FROM {table}_config").fetchall())
        assert config["automerge"] == index.AUTOMERGE
        assert config["hashsize"] == index.HASH_SIZE
    assert index.body_first(library)
    assert search_ids(library, "解放区")
