"""`issue-reader search`: JSON shape, --limit, messages and exit status."""

from __future__ import annotations

import argparse
import json

import pytest

from reader import cli
from reader.cli_search import add_search_command
from reader.db.connection import open_library
from reader.db.search import index_issue
from reader.importer.run import import_paths


@pytest.fixture
def lib(tmp_path, samples, corpus_of):
    path = tmp_path / "lib.sqlite"
    db = open_library(path)
    for result in import_paths(db, [samples]).results:
        index_issue(db, result.issue_id)
    corpus = corpus_of(db)
    db.close()
    return str(path), corpus


def _main(capsys, *argv):
    """The real top-level parser, with `search` added when cli.py does not register it yet."""
    parser = cli.build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    if "search" not in commands.choices:
        add_search_command(commands)
    args = parser.parse_args(list(argv))
    code = args.run(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_json_lists_every_match_with_ids(lib, capsys):
    path, corpus = lib
    code, out, _ = _main(capsys, "--library", path, "search", "解放区", "--json")
    hits = json.loads(out)
    assert code == 0 and {h["article"] for h in hits} == corpus.scan(["解放区"])
    assert all(set(h) == {"article", "issue", "title", "snippet", "spans"} for h in hits)
    assert all(isinstance(h["article"], int) and isinstance(h["issue"], int) for h in hits)
    for hit in hits:
        for start, end in hit["spans"]:
            assert hit["snippet"][start:end] == "解放区"
    code, out, _ = _main(capsys, "--library", path, "issues", "--json")
    assert {h["issue"] for h in hits} <= {i["id"] for i in json.loads(out)}


def test_limit(lib, capsys):
    path, corpus = lib
    code, out, _ = _main(capsys, "--library", path, "search", "的", "--json", "--limit", "3")
    assert code == 0 and len(json.loads(out)) == 3 < len(corpus.scan(["的"]))
    code, out, _ = _main(capsys, "--library", path, "search", "的", "--limit", "2")
    assert out.count("\n") == 5 and f"2 of {len(corpus.scan(['的']))} articles" in out


def test_words_and_exclusions_as_arguments(lib, capsys):
    path, corpus = lib
    code, out, _ = _main(capsys, "--library", path, "search", "示范区 -吕沛", "--json")
    assert {h["article"] for h in json.loads(out)} == corpus.scan(["示范区"], ["吕沛"])
    for argv in (["--json", "示范区", "-吕沛"], ["示范区", "-吕沛", "--json"]):
        code, out, _ = _main(capsys, "--library", path, "search", *argv)
        assert {h["article"] for h in json.loads(out)} == corpus.scan(["示范区"], ["吕沛"])
    code, out, _ = _main(capsys, "--library", path, "search", "示范区", "会议", "--json")
    assert {h["article"] for h in json.loads(out)} == corpus.scan(["示范区", "会议"])


def test_human_output_marks_matches(lib, capsys):
    path, _ = lib
    code, out, _ = _main(capsys, "--library", path, "search", "开门红")
    assert code == 0 and "[开门红]" in out and out.rstrip().endswith("1 articles")


@pytest.mark.parametrize("query", ['"unclosed', "-only", "解放区 -"])
def test_bad_syntax_exits_2_with_a_message(lib, capsys, query):
    path, _ = lib
    code, out, err = _main(capsys, "--library", path, "search", query)
    assert code == 2 and out == "" and err.startswith("issue-reader: search: ")
    assert "Traceback" not in err and "sqlite" not in err.lower()


def test_nothing_found_suggests_words(lib, capsys):
    path, _ = lib
    code, out, err = _main(capsys, "--library", path, "search", "解放区发放消费券", "--json")
    assert code == 0 and json.loads(out) == []
    assert "try: 解放区 发放" in err
