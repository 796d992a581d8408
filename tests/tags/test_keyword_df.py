"""The library's document frequencies stay equal to a count from scratch, step by step."""

from __future__ import annotations

import shutil

from reader.db import keyword_df
from reader.db.article_edits import edit_article, merge_with_previous, split_article
from reader.importer.run import import_paths
from reader.text.keywords import document_terms, refresh_idf


def table(db) -> dict[str, int]:
    return dict(db.execute("SELECT term, df FROM keyword_df"))


def from_scratch(db) -> dict[str, int]:
    """What the counts must be: every current article's distinct words, counted now."""
    counts: dict[str, int] = {}
    rows = db.execute(
        "SELECT a.id, a.title, a.issue_id, a.first_paragraph, a.last_paragraph FROM articles a"
        " JOIN issues i ON i.id = a.issue_id WHERE i.is_current = 1"
    ).fetchall()
    for _id, title, issue, first, last in rows:
        paragraphs = [r[0] for r in db.execute(
            "SELECT text FROM paragraphs WHERE issue_id = ? AND position BETWEEN ? AND ?",
            [issue, first, last])]  # fmt: skip
        for term in document_terms(title, paragraphs):
            counts[term] = counts.get(term, 0) + 1
    return counts


def current_articles(db) -> int:
    return db.execute(
        "SELECT count(*) FROM articles a JOIN issues i ON i.id = a.issue_id WHERE i.is_current = 1"
    ).fetchone()[0]


def test_first_refresh_counts_every_article_and_a_second_does_nothing(sample_library):
    db = sample_library
    assert keyword_df.document_count(db) == 0
    assert refresh_idf(db) == current_articles(db) == 16
    assert table(db) == from_scratch(db)
    assert refresh_idf(db) == 0


def test_edits_are_subtracted_and_counted_again(sample_library):
    db = sample_library
    refresh_idf(db)
    first = db.execute("SELECT id FROM articles ORDER BY id LIMIT 1").fetchone()[0]
    edit_article(db, first, title="全新的标题关于航天")
    third = db.execute("SELECT id FROM articles ORDER BY id LIMIT 1 OFFSET 2").fetchone()[0]
    merge_with_previous(db, third)
    assert refresh_idf(db) == 2 + 2 + 1  # two changed (out and in), one gone
    assert table(db) == from_scratch(db) and table(db)["航天"] == 1
    paragraph = db.execute(
        "SELECT p.id FROM paragraphs p JOIN articles a ON a.id = p.article_id"
        " WHERE a.id = ? ORDER BY p.position LIMIT 1 OFFSET 2",
        [first],
    ).fetchone()[0]
    split_article(db, first, paragraph)
    refresh_idf(db)
    assert table(db) == from_scratch(db) and keyword_df.document_count(db) == current_articles(db)


def test_a_new_version_replaces_the_old_ones_counts(library, samples, tmp_path):
    source = tmp_path / "issue.txt"
    shutil.copy(samples / "004_9cf174746abdde8c.txt", source)
    import_paths(library, [source])
    refresh_idf(library)
    source.write_text(source.read_text(encoding="utf-8") + "\n\n## 新增一篇\n\n航天事业发展。\n")
    import_paths(library, [source])
    refresh_idf(library)
    assert table(library) == from_scratch(library)
    assert keyword_df.document_count(library) == current_articles(library)


def test_a_cancelled_refresh_goes_on_later(sample_library, monkeypatch):
    db = sample_library
    monkeypatch.setattr(keyword_df, "BATCH", 5)
    seen: list[tuple[int, int]] = []
    refresh_idf(db, progress=lambda done, total: seen.append((done, total)),
                cancelled=lambda: len(seen) >= 2)  # fmt: skip
    assert keyword_df.document_count(db) == 10 and seen == [(5, 16), (10, 16)]
    assert refresh_idf(db) == 6 and table(db) == from_scratch(db)


def test_a_deleted_issue_makes_it_count_afresh(sample_library):
    db = sample_library
    refresh_idf(db)
    issue = db.execute("SELECT id FROM issues ORDER BY id LIMIT 1").fetchone()[0]
    with db.atomic():
        db.execute("DELETE FROM issues WHERE id = ?", [issue])
    refresh_idf(db)
    assert table(db) == from_scratch(db)
    assert keyword_df.document_count(db) == current_articles(db) == 9
