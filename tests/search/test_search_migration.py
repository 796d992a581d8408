"""Migration 0002_search indexes the issues a library already holds."""

from __future__ import annotations

from reader.db import search as index
from reader.db.connection import connect, open_library
from reader.db.schema import migrations
from reader.search import search_ids


def _tables(db) -> set[str]:
    return {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_a_0001_library_with_issues_gets_a_complete_index(
    tmp_path, samples, corpus_of, store_samples_raw
):
    db = connect(tmp_path / "library.sqlite")
    migrations.apply(db, stop_before="0002_search")
    assert index.DOCS not in _tables(db)
    store_samples_raw(db)
    migrations.apply(db)
    corpus = corpus_of(db)
    assert db.execute(f"SELECT count(*) FROM {index.DOCS}").fetchone()[0] == len(corpus.texts)
    for q in ["解放区", "焦", "吕沛", "上午,", "2022"]:
        assert set(search_ids(db, q)) == corpus.scan([q]) != set(), q


def test_only_current_versions_are_indexed(tmp_path, samples, corpus_of, store_samples_raw):
    db = connect(tmp_path / "library.sqlite")
    migrations.apply(db, stop_before="0002_search")
    old, _ = store_samples_raw(db)
    db.execute("UPDATE issues SET is_current = 0 WHERE id = ?", [old])
    migrations.apply(db)
    indexed = {r[0] for r in db.execute(f"SELECT DISTINCT issue_id FROM {index.DOCS}")}
    assert old not in indexed and indexed
    assert set(search_ids(db, "的")) == corpus_of(db).scan(["的"])


def test_opening_an_old_library_backs_up_then_indexes(tmp_path, samples, store_samples_raw):
    path = tmp_path / "library.sqlite"
    db = connect(path)
    migrations.apply(db, stop_before="0002_search")
    store_samples_raw(db)
    db.close()
    db = open_library(path)
    backups = list((tmp_path / "backups").glob("*before-0002_search*"))
    assert len(backups) == 1
    assert search_ids(db, "解放区")
    db.close()


def test_0006_rebuilds_an_index_made_with_the_title_first(
    tmp_path, samples, corpus_of, store_samples_raw
):
    db = connect(tmp_path / "library.sqlite")
    migrations.apply(db, stop_before="0006_search_body_first")
    store_samples_raw(db)
    db.execute(f"DROP TABLE {index.TEXT}")  # the layout of the libraries made before 0006
    db.execute(
        f"CREATE VIRTUAL TABLE {index.TEXT} USING fts5(title, body, notes, content='',"
        f" tokenize={index._tokenize()})"
    )
    index.rebuild(db)
    assert not index.body_first(db)
    db.close()
    db = open_library(tmp_path / "library.sqlite")
    assert index.body_first(db)
    assert any((tmp_path / "backups").glob("*before-0006_search_body_first*"))
    corpus = corpus_of(db)
    assert db.execute(f"SELECT count(*) FROM {index.DOCS}").fetchone()[0] == len(corpus.texts)
    for q in ["解放区", "焦", "吕沛", "上午,", "2022"]:
        assert set(search_ids(db, q)) == corpus.scan([q]) != set(), q
    db.close()


def test_0006_keeps_an_index_already_body_first(tmp_path, samples, store_samples_raw):
    db = connect(tmp_path / "library.sqlite")
    migrations.apply(db, stop_before="0006_search_body_first")
    store_samples_raw(db)
    index.rebuild(db)
    db.execute(  # a row a rebuild would delete
        f"INSERT INTO {index.DOCS} VALUES (999999, 1, 'marker', 0, 0, '')"
    )
    migrations.apply(db)
    assert index.body_first(db)
    assert (
        db.execute(f"SELECT count(*) FROM {index.DOCS} WHERE article_id = 999999").fetchone()[0]
        == 1
    )
    assert search_ids(db, "解放区")
