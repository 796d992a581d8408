"""Front matter and dates in file names."""

from __future__ import annotations

import pytest

from reader.importer.metadata import date_from_name, issue_meta, split_front_matter


def test_front_matter_fields_and_raw_block():
    text = "---\npublication: 焦作日报\ndate: 2023-1-5\npage: '第3版'\nextra: x\n---\n# 标题\n"
    head, fields = split_front_matter(text)
    assert head == "---\npublication: 焦作日报\ndate: 2023-1-5\npage: '第3版'\nextra: x\n---\n"
    assert fields == {"publication": "焦作日报", "date": "2023-1-5", "page": "第3版"}
    meta = issue_meta(fields, "whatever.txt")
    assert (meta.publication, meta.date, meta.page) == ("焦作日报", "2023-01-05", "第3版")


def test_no_front_matter():
    assert split_front_matter("# 标题\n---\n") == ("", {})


def test_rule_lines_without_fields_are_text_not_front_matter():
    assert split_front_matter("---\n\n...\n正文") == ("", {})
    assert split_front_matter("---\n正文第一段。\n---\n") == ("", {})


def test_front_matter_date_wins_over_file_name():
    assert issue_meta({"date": "2022-12-31"}, "paper_20230105.txt").date == "2022-12-31"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("2023-01-05.txt", "2023-01-05"),
        ("焦作日报_20230105_03.md", "2023-01-05"),
        ("paper 2023年1月5日.txt", "2023-01-05"),
        ("003_de8a6e769b4f48b7.txt", None),
        ("x_20231399.txt", None),
        ("123456789.txt", None),
    ],
)
def test_date_from_name(name, expected):
    assert date_from_name(name) == expected
