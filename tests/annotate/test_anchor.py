"""Re-anchoring a quote in a changed text, without a database."""

from __future__ import annotations

from reader.annotate.align import map_paragraphs, mapped_range
from reader.annotate.anchor import FUZZY, POSITION, QUOTE, place, snap_to_spans
from reader.annotate.model import CONTEXT, Quote, quote_at

TEXT = (
    "会议指出,安全生产事关人民群众生命财产安全,事关社会大局稳定,是事关发展的底线工作。"
    "要坚持人民至上、生命至上,提高政治站位、时刻保持警醒。"
    "会议强调,目前已进入决战决胜全年目标任务的最后冲刺期,完成全年目标任务。"
)


def _quote(text: str, exact: str, nth: int = 0) -> Quote:
    start = -1
    for _ in range(nth + 1):
        start = text.index(exact, start + 1)
    return quote_at(text, start, start + len(exact))


def test_quote_at_keeps_32_characters_of_context():
    q = _quote(TEXT, "提高政治站位")
    assert q.exact == "提高政治站位"
    assert q.prefix == TEXT[q.start - CONTEXT : q.start] and len(q.prefix) == CONTEXT
    assert q.suffix == TEXT[q.end : q.end + CONTEXT]
    edge = quote_at(TEXT, 0, 4)
    assert edge.prefix == "" and edge.exact == "会议指出"


def test_unchanged_text_is_found_at_its_position():
    q = _quote(TEXT, "社会大局稳定")
    found = place(q, TEXT)
    assert (found.start, found.end, found.method) == (q.start, q.end, POSITION)


def test_text_inserted_before_moves_the_quote():
    q = _quote(TEXT, "社会大局稳定")
    new = "本报讯新加的一句话。" + TEXT
    found = place(q, new)
    assert found.method == QUOTE and new[found.start : found.end] == "社会大局稳定"
    assert found.start == q.start + len("本报讯新加的一句话。")


def test_of_two_occurrences_the_one_with_matching_context_wins():
    text = "甲方说生命至上,乙方也说。" + TEXT
    q = _quote(text, "生命至上", nth=1)  # the one inside TEXT
    shifted = "前言。" + text
    found = place(q, shifted)
    assert found.start == q.start + len("前言。")
    assert shifted[found.start - 8 : found.start] == text[q.start - 8 : q.start]


def test_same_context_the_nearest_occurrence_wins():
    text = "重复的句子。" * 6
    q = Quote("重复的句子。", "", "", 18, 24)
    found = place(q, "开头" + text)
    assert found.start == 20  # the occurrence that was at 18, two characters later


def test_an_edited_word_inside_the_quote_is_a_fuzzy_match():
    q = _quote(TEXT, "安全生产事关人民群众生命财产安全")
    new = TEXT.replace("人民群众", "人民羣众")
    found = place(q, new)
    assert found.method == FUZZY and not found.exact
    assert new[found.start : found.end] == "安全生产事关人民羣众生命财产安全"
    assert found.quote_similarity >= 0.75


def test_an_edited_first_character_stays_inside_the_span():
    q = _quote(TEXT, "提高政治站位、时刻保持警醒")
    new = TEXT.replace("提高政治站位", "捉高政治站位")
    found = place(q, new)
    assert new[found.start : found.end] == "捉高政治站位、时刻保持警醒"


def test_too_different_or_missing_quote_is_an_orphan():
    q = _quote(TEXT, "提高政治站位、时刻保持警醒")
    assert place(q, TEXT.replace("提高政治站位、时刻保持警醒", "")) is None
    assert (
        place(q, TEXT.replace("提高政治站位、时刻保持警醒", "加强学习、务求实效、勇于担当")) is None
    )


def test_a_short_quote_needs_its_context():
    q = _quote(TEXT, "生命", nth=1)  # 生命至上
    elsewhere = "生命在于运动,这是另外一篇文章里的一句话,上下文完全不同。"
    assert place(q, elsewhere) is None
    found = place(q, "前言。" + TEXT)
    assert found is not None and found.start == q.start + 3


def test_snap_moves_ends_out_of_gaps():
    spans = [(0, 5), (7, 12), (14, 20)]
    assert snap_to_spans(spans, 2, 9) == (0, 2, 1, 2)
    assert snap_to_spans(spans, 5, 13) == (1, 0, 1, 5)  # both ends in gaps
    assert snap_to_spans(spans, 12, 14) is None  # nothing but a gap
    assert snap_to_spans(spans, 16, 30) == (2, 2, 2, 6)


def test_paragraph_mapping_follows_edits_and_moves():
    old = ["甲", "乙", "丙", "丁", "戊"]
    new = ["甲", "乙改", "丙", "新", "戊", "丁"]
    mapping = map_paragraphs(old, new)
    assert mapping == {0: 0, 1: 1, 2: 2, 3: 5, 4: 4}
    assert mapped_range(mapping, 1, 2) == (1, 2)
    assert mapped_range({}, 0, 3) is None
