"""`issue-reader tag` and `issue-reader tags`, run in-process on the sample library."""

from __future__ import annotations

import json

import pytest

from reader.cli import main
from reader.db.tag_views import list_tags


@pytest.fixture
def run(sample_library, library_path, capsys):
    def run(*argv: str) -> tuple[int, str, str]:
        code = main(["--library", str(library_path), *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def library_path(tmp_path):
    return tmp_path / "library.sqlite"


def listed(run) -> list[dict]:
    code, out, _ = run("tags", "--json")
    assert code == 0
    return json.loads(out)


def test_tag_adds_and_removes_then_tags_lists_json(run, by_issue):
    a, b, c = (str(i) for i in by_issue[0][:3])
    code, out, _ = run("tag", a, b, "--add", "教育", "--add", " 地点 / 解放区 ")
    assert code == 0 and "tagged 2 of 2 articles with 教育 (a new tag)" in out
    code, out, _ = run("tag", b, c, "--add", "教育", "--remove", "地点/解放区")
    assert code == 0
    assert (
        "tagged 1 of 2 articles with 教育" in out and "removed 地点/解放区 from 1 articles" in out
    )
    assert listed(run) == [
        {"name": "地点/解放区", "color": None, "articles": 1},
        {"name": "教育", "color": None, "articles": 3},
    ]
    code, out, _ = run("tags")
    assert code == 0 and out.splitlines()[1].split() == ["3", "-", "教育"]


def test_a_missing_article_or_tag_changes_nothing_and_exits_1(run, by_issue, sample_library):
    a = str(by_issue[0][0])
    code, _, err = run("tag", a, "99999", "--add", "教育")
    assert code == 1 and "no article 99999" in err and "nothing changed" in err
    code, _, err = run("tag", a, "--add", "教育", "--remove", "没有")
    assert code == 1 and "there is no tag '没有'" in err
    assert list_tags(sample_library) == []  # the --add before it was rolled back
    code, _, err = run("tag", a)
    assert code == 1 and "--add" in err
    code, _, err = run("tag", a, "--add", "  ")
    assert code == 1 and "needs a name" in err


def test_rename_merge_colour_delete(run, by_issue):
    a, b, c = (str(i) for i in by_issue[0][:3])
    run("tag", a, b, "--add", "学校")
    run("tag", b, c, "--add", "教育")
    assert run("tags", "--color", "教育", "#3A7BD5")[0] == 0
    code, out, _ = run("tags", "--rename", "学校", "教育")
    assert code == 0 and "merged 学校 into 教育: 2 articles, 1 newly tagged" in out
    assert listed(run) == [{"name": "教育", "color": "#3a7bd5", "articles": 3}]
    code, out, _ = run("tags", "--rename", "教育", "主题/教育")
    assert code == 0 and out.strip() == "renamed 教育 to 主题/教育"
    code, _, err = run("tags", "--color", "主题/教育", "blue")
    assert code == 1 and "not a colour" in err
    code, out, _ = run("tags", "--delete", "主题")
    assert code == 0 and "deleted 1 tags from 3 articles" in out and listed(run) == []
    code, _, err = run("tags", "--delete", "主题")
    assert code == 1 and "there is no tag" in err


def test_suggest_prints_keywords(run, titles):
    code, out, _ = run("tags", "--suggest", str(titles["厚植教育沃土"]), "--json")
    terms = [row["term"] for row in json.loads(out)]
    assert code == 0 and "教育" in terms
    code, _, err = run("tags", "--suggest", "99999")
    assert code == 1 and "no article 99999" in err
