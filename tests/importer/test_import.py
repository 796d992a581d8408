"""Importing into a library: faithful, idempotent, versioned, all-or-nothing per file."""

from __future__ import annotations

import os
import shutil
import sqlite3

import pytest

from reader.db.articles import get_article, list_articles
from reader.db.issues import issue_text, list_issues
from reader.importer.run import FAILED, IMPORTED, NEW_VERSION, PRESENT, import_paths


def _statuses(summary):
    return [r.status for r in summary.results]


def test_samples_import_and_rebuild_verbatim(library, samples, sample_texts):
    summary = import_paths(library, [samples])
    assert _statuses(summary) == [IMPORTED, IMPORTED]
    for issue in list_issues(library):
        assert issue_text(library, issue.id) == sample_texts[issue.source_name]


def test_paragraph_text_is_verbatim_at_its_offsets(sample_library, sample_texts):
    for issue in list_issues(sample_library):
        text = sample_texts[issue.source_name]
        for article in list_articles(sample_library, issue.id):
            for p in get_article(sample_library, article.id).paragraphs:
                assert text[p.start : p.end] == p.text


def test_articles_follow_expected(sample_library, expected):
    for issue in list_issues(sample_library):
        articles = [a for a in list_articles(sample_library, issue.id) if a.kind != "photo"]
        wanted = expected["files"][issue.source_name]["articles"]
        assert [a.title for a in articles] == [w["title"] for w in wanted]


def test_same_bytes_import_once_whatever_the_path(library, samples, tmp_path):
    import_paths(library, [samples])
    copy = tmp_path / "elsewhere" / "renamed.txt"
    copy.parent.mkdir()
    shutil.copy(samples / "003_de8a6e769b4f48b7.txt", copy)
    again = import_paths(library, [samples, copy])
    assert _statuses(again) == [PRESENT, PRESENT, PRESENT]
    assert len(list_issues(library)) == 2


def test_other_encodings_import_to_the_same_text(library, sample_texts, tmp_path):
    text = sample_texts["004_9cf174746abdde8c.txt"]
    (tmp_path / "gb.txt").write_bytes(text.encode("gb18030"))
    (tmp_path / "u16.txt").write_bytes(text.encode("utf-16"))
    summary = import_paths(library, [tmp_path / "gb.txt", tmp_path / "u16.txt"])
    assert _statuses(summary) == [IMPORTED, IMPORTED]
    assert [issue_text(library, r.issue_id) for r in summary.results] == [text, text]


def test_changed_file_at_same_path_is_a_new_version(library, sample_texts, tmp_path):
    path = tmp_path / "2023-01-05.txt"
    text = sample_texts["003_de8a6e769b4f48b7.txt"]
    path.write_text(text, encoding="utf-8")
    first = import_paths(library, [path]).results[0]
    path.write_text(text.replace("肉肉蛋菜", "肉禽蛋菜"), encoding="utf-8")
    second = import_paths(library, [path]).results[0]
    assert second.status == NEW_VERSION
    current = list_issues(library)
    assert [i.id for i in current] == [second.issue_id]
    assert current[0].version == 2 and current[0].date == "2023-01-05"
    every = list_issues(library, include_old_versions=True)
    assert {i.id for i in every} == {first.issue_id, second.issue_id}
    assert issue_text(library, first.issue_id) == text


def test_bad_files_each_get_a_message_and_leave_nothing(library, samples, tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(samples / "003_de8a6e769b4f48b7.txt", folder / "good.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(4096))
    (folder / "invalid-utf8.txt").write_bytes("中文正文，".encode() * 40 + b"\xff\xfe")
    (folder / "image.jpg").write_bytes(b"\xff\xd8")  # not an issue file: skipped
    unreadable = folder / "unreadable.md"
    unreadable.write_text("# 标题\n\n正文")
    unreadable.chmod(0)
    summary = import_paths(library, [folder])
    by_name = {r.path.name: r for r in summary.results}
    assert set(by_name) == {
        "good.txt",
        "empty.txt",
        "binary.txt",
        "invalid-utf8.txt",
        "unreadable.md",
    }
    assert by_name["good.txt"].status == IMPORTED
    for name in ("empty.txt", "binary.txt", "invalid-utf8.txt"):
        assert by_name[name].status == FAILED and by_name[name].message
    if os.geteuid() != 0:  # root reads anything
        assert by_name["unreadable.md"].status == FAILED
        assert "permission" in by_name["unreadable.md"].message
    issues = library.execute("SELECT count(*) FROM issues").fetchone()[0]
    orphans = library.execute(
        "SELECT count(*) FROM paragraphs WHERE issue_id NOT IN (SELECT id FROM issues)"
    ).fetchone()[0]
    assert issues == len([r for r in summary.results if r.status == IMPORTED]) and orphans == 0


def test_large_single_line_file(library, tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("# 大文件\n\n" + "长" * (50 * 1024 * 1024 // 3), encoding="utf-8")
    result = import_paths(library, [path]).results[0]
    assert result.status == IMPORTED
    length = library.execute("SELECT max(length(text)) FROM paragraphs").fetchone()[0]
    assert length == 50 * 1024 * 1024 // 3


def test_failure_inside_the_transaction_rolls_back(library, samples, monkeypatch):
    from reader.db import store

    real = store._insert_articles

    def broken(db, issue_id, parsed):
        real(db, issue_id, parsed)
        raise sqlite3.IntegrityError("simulated failure after partial writes")

    monkeypatch.setattr(store, "_insert_articles", broken)
    with pytest.raises(sqlite3.IntegrityError):
        import_paths(library, [samples / "003_de8a6e769b4f48b7.txt"])
    for table in ("issues", "articles", "paragraphs"):
        assert library.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0


def test_no_headings_becomes_one_article(library, tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("第一行是标题一样的话\n\n正文第一段。\n\n正文第二段。", encoding="utf-8")
    result = import_paths(library, [path]).results[0]
    articles = list_articles(library, result.issue_id)
    assert len(articles) == 1 and articles[0].title.startswith("第一行")


def test_cancel_between_files_keeps_what_finished(library, samples):
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 1

    summary = import_paths(library, [samples], cancelled=cancelled)
    assert summary.cancelled and _statuses(summary) == [IMPORTED]
    assert len(list_issues(library)) == 1


def test_reimport_of_a_new_version_carries_annotations(library, sample_texts, tmp_path):
    from reader.db.annotations import create_annotation, list_annotations
    from reader.db.articles import get_article

    path = tmp_path / "issue.txt"
    text = sample_texts["003_de8a6e769b4f48b7.txt"]
    path.write_text(text, encoding="utf-8")
    first = import_paths(library, [path]).results[0]
    article = list_articles(library, first.issue_id)[-1]
    paragraph = next(p for p in get_article(library, article.id).paragraphs if "肉肉蛋菜" in p.text)
    offset = paragraph.text.index("肉肉蛋菜")
    kept = create_annotation(
        library, first.issue_id, (paragraph.id, offset), (paragraph.id, offset + 4),
        "ocr_error", correction="肉禽蛋菜",
    )  # fmt: skip
    gone = create_annotation(
        library, first.issue_id, (paragraph.id, 0), (paragraph.id, 12), "note", note="看这里"
    )
    # The new OCR moves the paragraph down and rewrites the start of the second quote.
    new_text = text.replace(
        paragraph.text, "新增的一段话。\n\n" + "完全不同的开头" + paragraph.text[12:]
    )
    path.write_text(new_text, encoding="utf-8")
    second = import_paths(library, [path]).results[0]
    assert second.status == NEW_VERSION and "annotations:" in second.message
    after = {a.id: a for a in list_annotations(library, issue_id=second.issue_id)}
    assert set(after) == {kept.id, gone.id}
    moved = after[kept.id]
    assert not moved.orphaned and new_text[moved.text_start : moved.text_end] == "肉肉蛋菜"
    assert after[gone.id].orphaned and after[gone.id].note == "看这里"
