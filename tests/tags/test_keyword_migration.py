"""Migration 0003_keyword_df adds empty word counts to a library that has articles and tags."""

from __future__ import annotations

from reader.db import keyword_df
from reader.db.connection import connect, open_library
from reader.db.schema import migrations
from reader.db.tag_views import list_tags
from reader.db.tags import add_tag
from reader.text.keywords import refresh_idf


def test_a_library_from_before_gets_the_tables_then_counts_its_articles(
    tmp_path, store_samples_raw
):
    path = tmp_path / "library.sqlite"
    db = connect(path)
    migrations.apply(db, stop_before="0003_keyword_df")
    assert db.execute("SELECT 1 FROM sqlite_master WHERE name = 'keyword_df'").fetchone() is None
    store_samples_raw(db)  # as the importer of that schema stored them
    add_tag(db, [1, 2], "教育")
    db.close()
    db = open_library(path)  # backs up, then migrates
    assert len(list((tmp_path / "backups").glob("*before-0003_keyword_df*"))) == 1
    assert keyword_df.document_count(db) == 0 and [t.articles for t in list_tags(db)] == [2]
    assert refresh_idf(db) == 16 and keyword_df.document_count(db) == 16
    db.close()
