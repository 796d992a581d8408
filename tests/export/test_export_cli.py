"""`issue-reader export`: every format, scopes, stdout, languages, and clear failures."""

from __future__ import annotations

import csv
import io
import json

import pytest
from export_helpers import EXPECTED, ISSUE_004, article_id

from reader.export.run import FORMATS


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_format_is_written_to_a_file(built, cli, tmp_path, capsys, fmt):
    path = tmp_path / f"out.{fmt}"
    assert cli("export", "--format", fmt, "-o", str(path)) == 0
    data = path.read_bytes()
    checks = {
        "md": lambda: data == (EXPECTED / "notes.md").read_bytes(),
        "csv": lambda: data == (EXPECTED / "annotations.csv").read_bytes(),
        "json": lambda: len(json.loads(data)) == 7,
        "html": lambda: data.startswith(b"<!DOCTYPE html>") and b"<script" not in data,
        "text": lambda: data.startswith("# 焦作日报 · 2022-12-06 · 第2版\n\n".encode()),
    }
    assert checks[fmt]()
    assert f"from 16 articles in 2 issues to {path}" in capsys.readouterr().err


def test_dash_writes_to_stdout(built, cli, capsysbinary):
    assert cli("export", "-f", "csv", "--issue", ISSUE_004, "-o", "-") == 0
    captured = capsysbinary.readouterr()
    assert captured.out.startswith(b"\xef\xbb\xbfpublication,")
    rows = list(csv.reader(io.StringIO(captured.out.decode("utf-8-sig"), newline="")))
    assert [row[7] for row in rows[1:]] == ["12月5日"]
    assert captured.err == b""


def test_scope_options_add_up(library, built, cli, capsys):
    first = article_id(library, built.issue_003, "「解放元素」")
    args = ["--tag", "商贸", "--issue", str(built.issue_004), "--article", str(first)]
    assert cli("export", "-f", "json", *args, "-o", "-") == 0
    ids = {item["id"] for item in json.loads(capsys.readouterr().out)}
    a = built.annotations
    assert ids == {a["doubled"], a["question"], a["gone"], a["meeting"], a["important"]}


def test_query_exports_what_the_search_finds(library, built, cli, capsys):
    from reader.db import search as index

    index.rebuild(library)  # in case importing does not index yet
    assert cli("export", "-f", "md", "--query", "开门红", "-o", "-") == 0
    text = capsys.readouterr().out
    assert "#### 解放区商贸消费迎来开门红" in text and "> 肉肉" in text
    assert "焦作市第十四届" not in text and "Scope: 1 search results" in text
    assert cli("export", "-f", "md", "--query", '"未闭合', "-o", "-") == 1
    assert "search:" in capsys.readouterr().err


def test_language_chinese(built, cli, capsys):
    assert cli("export", "-f", "md", "--language", "zh_CN", "--issue", ISSUE_004, "-o", "-") == 0
    assert capsys.readouterr().out.startswith("# 校读笔记\n\n范围：1期报刊\n")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--issue", "nothing.txt"], "no issue 'nothing.txt' in the library"),
        (["--article", "424242"], "no article 424242 in the library"),
        (["--tag", "没有这个"], "no tag 没有这个 in the library"),
    ],
)
def test_unknown_scopes_fail_clearly(built, cli, capsys, tmp_path, args, message):
    path = tmp_path / "out.md"
    assert cli("export", "-f", "md", *args, "-o", str(path)) == 1
    assert message in capsys.readouterr().err
    assert not path.exists()


def test_a_missing_folder_or_format_fails_clearly(built, cli, capsys, tmp_path):
    assert cli("export", "-f", "md", "-o", str(tmp_path / "no" / "such" / "x.md")) == 1
    assert "is not a folder" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exited:
        cli("export", "-f", "docx", "-o", str(tmp_path / "x.docx"))
    assert exited.value.code == 2
    assert "invalid choice: 'docx'" in capsys.readouterr().err
