"""The command line, run in-process and as a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from reader import __version__
from reader.cli import main
from reader.db.connection import connect


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_issues_articles_json(tmp_path, samples, expected, capsys):
    lib = str(tmp_path / "lib.sqlite")
    code, out, _ = _run(capsys, "--library", lib, "import", str(samples), "--json")
    summary = json.loads(out)
    assert code == 0 and summary["imported"] == 2 and summary["failed"] == 0
    waiting = connect(lib).execute("SELECT count(*) FROM reuse_pending").fetchone()[0]
    assert waiting == 0  # the import linked what the issues share with others ("also in")

    code, out, _ = _run(capsys, "--library", lib, "issues", "--json")
    issues = json.loads(out)
    assert code == 0 and {i["source"].rsplit("/", 1)[-1] for i in issues} == set(expected["files"])

    code, out, _ = _run(capsys, "--library", lib, "articles", "004_9cf174746abdde8c.txt", "--json")
    articles = json.loads(out)
    assert code == 0
    assert [a["title"] for a in articles] == [
        a["title"] for a in expected["files"]["004_9cf174746abdde8c.txt"]["articles"]
    ]
    first = articles[0]
    assert set(first) >= {"id", "title", "kicker", "subtitle", "byline", "column", "kind"}
    assert first["paragraphs"][0]["text"] == "# 示范区召开冲刺年度目标任务专题会议"
    assert all(set(p) >= {"id", "text"} for p in first["paragraphs"])

    code, out, _ = _run(capsys, "--library", lib, "articles", str(issues[0]["id"]))
    assert code == 0 and out.count("\n") >= 6


def test_import_exit_status_and_reasons(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02")
    code, out, _ = _run(capsys, "--library", str(tmp_path / "l.sqlite"), "import", str(bad))
    assert code == 1
    assert "failed 1" in out and "bad.txt" in out and "NUL" in out


def test_unknown_issue(tmp_path, capsys):
    code, _, err = _run(capsys, "--library", str(tmp_path / "l.sqlite"), "articles", "nope.txt")
    assert code == 1 and "nope.txt" in err


def test_not_a_library_is_a_clear_message(tmp_path, capsys):
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not a database" * 100)
    code, _, err = _run(capsys, "--library", str(junk), "issues")
    assert code == 2 and "not a library" in err


def test_environment_variable_chooses_the_library(tmp_path, samples):
    env = {**os.environ, "ISSUE_READER_LIBRARY": str(tmp_path / "env.sqlite")}
    subprocess.run(
        [sys.executable, "-m", "reader", "import", str(samples)], env=env, check=True,
        capture_output=True,
    )  # fmt: skip
    assert (tmp_path / "env.sqlite").exists()


def test_version_and_help():
    version = subprocess.run(
        [sys.executable, "-m", "reader", "--version"], capture_output=True, text=True, check=True
    )
    assert __version__ in version.stdout
    for command in ("import", "issues", "articles"):
        shown = subprocess.run(
            [sys.executable, "-m", "reader", command, "--help"], capture_output=True, text=True
        )
        assert shown.returncode == 0 and "usage:" in shown.stdout


def test_files_without_a_command_open_the_window_and_import_them(samples, monkeypatch, tmp_path):
    import reader.ui.app

    opened = []
    monkeypatch.setattr(
        reader.ui.app, "run_app", lambda library, files: opened.append((library, files)) or 0
    )
    sample = samples / "004_9cf174746abdde8c.txt"
    assert main(["--library", str(tmp_path / "l.sqlite"), str(sample)]) == 0
    assert opened == [(tmp_path / "l.sqlite", [sample])]


def test_a_mistyped_command_is_still_an_error(capsys):
    import pytest

    with pytest.raises(SystemExit):
        main(["imprt", "nowhere"])
    assert "invalid choice" in capsys.readouterr().err
