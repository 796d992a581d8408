"""Bytes → text for every encoding the archives use, and clear refusals."""

from __future__ import annotations

import os

import pytest

from reader.importer.decode import NotText, decode

TRADITIONAL = (
    "臺北市政府今天舉行記者會，宣布新的交通政策將於下個月開始實施。市長表示，這項政策將改善市民的生活品質。\n\n"
    "國立臺灣大學的研究團隊發現，這種新材料可以大幅提升電池的效能。"
)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16"])
def test_sample_decodes_identically_from_each_encoding(sample_texts, encoding):
    text = sample_texts["003_de8a6e769b4f48b7.txt"]
    assert decode(text.encode(encoding)).text == text


@pytest.mark.parametrize("encoding", ["big5", "utf-16-be"])
def test_traditional_chinese(encoding):
    data = TRADITIONAL.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    assert decode(data).text == TRADITIONAL


def test_gb18030_is_named():
    assert decode("本报讯 解放区商贸消费迎来开门红。".encode("gb18030") * 20).encoding == "gb18030"


def test_line_ends_become_newlines():
    assert decode("甲\r\n乙\r丙\n".encode()).text == "甲\n乙\n丙\n"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n\n\t ", "blank"),
        (b"\x89PNG\r\n\x1a\n" + os.urandom(2000), "NUL"),
        (bytes(range(256)) * 8, "NUL"),
        ("正常的中文文本，".encode() * 30 + b"\xff\xfe\x80" + "后面还有".encode(), "invalid"),
        (b"\x81\x30" * 5 + b"\xff" * 50, "recognised"),
    ],
)
def test_not_text_is_refused_with_a_reason(data, reason):
    with pytest.raises(NotText, match=reason):
        decode(data)
