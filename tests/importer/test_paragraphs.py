"""Paragraphs are verbatim and rebuild the text exactly."""

from __future__ import annotations

from reader.importer.paragraphs import split_paragraphs


def _rebuild(text: str, start: int = 0) -> str:
    paragraphs, tail = split_paragraphs(text, start)
    return text[:start] + "".join(p.gap_before + p.text for p in paragraphs) + tail


def test_samples_round_trip(sample_texts):
    for text in sample_texts.values():
        assert _rebuild(text) == text


def test_offsets_point_at_the_text(sample_texts):
    text = sample_texts["004_9cf174746abdde8c.txt"]
    paragraphs, _ = split_paragraphs(text)
    assert all(text[p.start : p.end] == p.text for p in paragraphs)
    assert [p.position for p in paragraphs] == list(range(len(paragraphs)))


def test_multi_line_paragraph_and_blank_lines_with_spaces():
    paragraphs, tail = split_paragraphs("甲\n乙  \n  \n\n丙\n")
    assert [p.text for p in paragraphs] == ["甲\n乙  ", "丙"]
    assert paragraphs[1].gap_before == "\n  \n\n"
    assert tail == "\n"


def test_heading_glued_to_text_is_its_own_paragraph():
    paragraphs, _ = split_paragraphs("# 标题\n正文第一行\n## 小标题\n正文")
    assert [p.text for p in paragraphs] == ["# 标题", "正文第一行", "## 小标题", "正文"]
    assert _rebuild("# 标题\n正文第一行\n## 小标题\n正文") == "# 标题\n正文第一行\n## 小标题\n正文"


def test_start_skips_front_matter():
    text = "---\ndate: 2023-01-05\n---\n\n正文"
    paragraphs, _ = split_paragraphs(text, 24)
    assert [p.text for p in paragraphs] == ["正文"]
    assert _rebuild(text, 24) == text
