"""Scopes resolve to articles in text order; progress, cancel, atomic files and the preview."""

from __future__ import annotations

import io
import shutil

import pytest
from export_helpers import ISSUE_003, article_id

from reader.db.connection import open_library
from reader.export.collect import ExportCancelled
from reader.export.run import FORMATS, MARKDOWN, TEXT, export, export_to_path, preview
from reader.export.scope import Scope, resolve
from reader.importer.run import import_paths


def _titles(db, scope: Scope) -> list[str]:
    ids = resolve(db, scope).article_ids
    titles = dict(db.execute("SELECT id, title FROM articles").fetchall())
    return [titles[i][:6] for i in ids]


def test_the_library_in_text_order_issue_by_issue(library, built):
    resolved = resolve(library, Scope())
    assert [issue for issue, _ids in resolved.issues] == [built.issue_004, built.issue_003]
    assert resolved.article_count == 16 and resolved.waiting
    assert resolved.whole_issues == {built.issue_003, built.issue_004}
    positions = dict(library.execute("SELECT id, position FROM articles").fetchall())
    for _issue, ids in resolved.issues:
        assert [positions[i] for i in ids] == sorted(positions[i] for i in ids)


def test_choices_add_up_each_article_once_in_text_order(library, built):
    商贸 = article_id(library, built.issue_003, "解放区商贸")
    first = article_id(library, built.issue_003, "「解放元素」")
    scope = Scope(article_ids=(商贸, first, 999_999), issue_ids=(built.issue_004,),
                  tags=("商贸",), results=(first,))  # fmt: skip
    resolved = resolve(library, scope)
    assert resolved.article_count == 9 + 2
    assert resolved.article_ids[-2:] == [first, 商贸]  # 003 comes after 004 (by date)
    assert resolved.whole_issues == {built.issue_004} and not resolved.waiting


def test_a_tag_takes_the_tags_under_it_but_not_a_longer_name(library, built):
    assert _titles(library, Scope.tagged(["地点"])) == ["「解放元素」", "解放区商贸消"]
    assert _titles(library, Scope.tagged(["地点/解放区"])) == ["「解放元素」", "解放区商贸消"]
    assert _titles(library, Scope.tagged(["地"])) == []
    assert _titles(library, Scope.tagged(["商贸", "安全"])) == ["示范区召开冲", "解放区商贸消"]


def test_the_library_scope_takes_current_versions_only(tmp_path, samples):
    db = open_library(tmp_path / "versions.sqlite")
    path = tmp_path / "issues" / ISSUE_003
    path.parent.mkdir()
    shutil.copy(samples / ISSUE_003, path)
    import_paths(db, [path])
    path.write_text(path.read_text(encoding="utf-8") + "\n# 新增一篇\n\n正文。\n", encoding="utf-8")
    current = import_paths(db, [path]).results[0].issue_id
    resolved = resolve(db, Scope())
    assert [issue for issue, _ids in resolved.issues] == [current]
    assert _titles(db, Scope())[-1] == "新增一篇"


def test_progress_reaches_the_total_and_cancel_stops(library, built):
    seen: list[tuple[int, int, str]] = []
    export(library, Scope(), TEXT, io.StringIO(), progress=lambda *a: seen.append(a))
    assert seen == [(9, 16, "004_9cf174746abdde8c.txt"), (16, 16, ISSUE_003)]
    with pytest.raises(ExportCancelled):
        export(library, Scope(), TEXT, io.StringIO(), cancelled=lambda: True)


def test_a_cancelled_export_leaves_the_old_file_and_no_temporary(library, built, tmp_path):
    target = tmp_path / "out" / "notes.md"
    target.parent.mkdir()
    target.write_text("an older export\n", encoding="utf-8")
    calls = iter([False, True])
    with pytest.raises(ExportCancelled):
        export_to_path(library, Scope(), MARKDOWN, target, cancelled=lambda: next(calls))
    assert target.read_text(encoding="utf-8") == "an older export\n"
    assert [p.name for p in target.parent.iterdir()] == ["notes.md"]
    export_to_path(library, Scope(), MARKDOWN, target)
    assert target.read_text(encoding="utf-8").startswith("# Notes\n")
    assert [p.name for p in target.parent.iterdir()] == ["notes.md"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_preview_is_the_beginning_of_the_output(library, built, fmt):
    full = io.StringIO()
    export(library, Scope(), fmt, full)
    shown = preview(library, Scope(), fmt, limit=500)
    whole = full.getvalue()
    assert len(shown) == (501 if len(whole) > 500 else len(whole))
    assert whole.startswith(shown.removesuffix("…"))


def test_an_unknown_format_is_refused(library):
    with pytest.raises(ValueError, match="unknown format"):
        export(library, Scope(), "docx", io.StringIO())


def test_the_export_core_and_command_load_without_qt():
    import subprocess
    import sys

    code = (
        "import sys, reader.export.run, reader.cli_export, reader.db.export_queries\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
