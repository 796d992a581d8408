"""The clean reading: confirmed duplicates dropped, confirmed breaks and column runs joined."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from reader.db.articles import get_article
from reader.db.flags import list_flags
from reader.detect.clean import CleanBlock, clean_blocks, clean_text


@dataclass(frozen=True)
class P:
    id: int
    position: int
    text: str
    role: str = "body"


@dataclass(frozen=True)
class F:
    kind: str
    paragraph_id: int
    related: list[tuple[int, str]] = field(default_factory=list)
    detail: dict[str, Any] = field(default_factory=dict)
    state: str = "confirmed"


def _texts(blocks: list[CleanBlock]) -> list[str]:
    return [b.text for b in blocks]


def _pieces_rebuild_text(blocks: list[CleanBlock], paragraphs: list[Any]) -> bool:
    by_id = {p.id: p.text for p in paragraphs}
    return all(
        "".join(by_id[x.paragraph_id][x.start : x.end] for x in b.pieces) == b.text for b in blocks
    )


PARAS = [
    P(10, 0, "# 标题", "title"),
    P(11, 1, "第一段说到一半，"),
    P(12, 2, "  接着说完了。"),
    P(13, 3, "另一段完整的话。"),
    P(14, 4, "另一段完整的话。"),
]


def test_without_confirmed_flags_every_paragraph_is_one_block_unchanged():
    flags = [
        F("broken", 11, [(12, "")], {"join_at": 8}, state="open"),
        F("duplicate", 14, [(13, "")], {"relation": "identical"}, state="dismissed"),
    ]
    blocks = clean_blocks(PARAS, flags)
    assert _texts(blocks) == [p.text for p in PARAS]
    assert [b.pieces[0].paragraph_id for b in blocks] == [10, 11, 12, 13, 14]
    assert blocks[0].role == "title"


def test_a_confirmed_identical_duplicate_is_hidden():
    detail = {"of": 3, "relation": "identical", "start": [4, 0], "end": [4, 8]}
    blocks = clean_blocks(PARAS, [F("duplicate", 14, [(13, "")], detail)])
    assert _texts(blocks) == [p.text for p in PARAS[:4]]


def test_a_confirmed_break_joins_at_join_at_without_the_next_leading_blank():
    blocks = clean_blocks(PARAS, [F("broken", 11, [(12, "")], {"join_at": 8})])
    assert _texts(blocks)[1] == "第一段说到一半，接着说完了。"
    assert blocks[1].paragraph_ids == (11, 12)
    assert blocks[1].pieces[1].start == 2  # the two blanks are skipped, not copied
    assert _pieces_rebuild_text(blocks, PARAS)
    assert len(blocks) == 4


def test_breaks_chain_and_a_column_run_joins_its_stripped_lines():
    lines = [P(1, 0, "一行 "), P(2, 1, " 二行"), P(3, 2, "三行"), P(4, 3, "后文。")]
    run = F("column_run", 1, [(2, ""), (3, "")], {"lines": 3})
    broken = F("broken", 3, [(4, "")], {"join_at": 2})
    blocks = clean_blocks(lines, [run, broken])
    assert _texts(blocks) == ["一行二行三行后文。"]
    assert blocks[0].paragraph_ids == (1, 2, 3, 4)
    assert _pieces_rebuild_text(blocks, lines)


def test_an_overlapping_duplicate_loses_only_the_repeated_span():
    paras = [P(1, 0, "甲乙丙丁戊己。"), P(2, 1, "新的话，甲乙丙丁戊己。")]
    detail = {"of": 0, "relation": "overlap", "start": [1, 4], "end": [1, 10]}
    blocks = clean_blocks(paras, [F("duplicate", 2, [(1, "")], detail)])
    assert _texts(blocks) == ["甲乙丙丁戊己。", "新的话，。"]
    assert blocks[1].paragraph_ids == (2,)
    assert [(x.start, x.end) for x in blocks[1].pieces] == [(0, 4), (10, 11)]


def test_a_duplicate_of_several_paragraphs_drops_every_matched_span():
    paras = [P(1, 0, "甲乙丙"), P(2, 1, "丁戊己"), P(3, 2, "甲乙丙丁戊己")]
    detail = {
        "relation": "overlap",
        "matches": [
            {"of": 0, "relation": "contains", "start": [2, 0], "end": [2, 3]},
            {"of": 1, "relation": "contains", "start": [2, 3], "end": [2, 6]},
        ],
    }
    blocks = clean_blocks(paras, [F("duplicate", 3, [(1, ""), (2, "")], detail)])
    assert _texts(blocks) == ["甲乙丙", "丁戊己"]


def test_only_what_is_left_of_punctuation_hides_the_paragraph():
    paras = [P(1, 0, "甲乙丙丁。"), P(2, 1, "“甲乙丙丁。”")]
    detail = {"relation": "overlap", "start": [1, 1], "end": [1, 5]}
    assert _texts(clean_blocks(paras, [F("duplicate", 2, [(1, "")], detail)])) == ["甲乙丙丁。"]


def test_the_sample_article_reads_clean_once_its_flags_are_confirmed(sample_library):
    db = sample_library
    article_id = db.execute("SELECT id FROM articles WHERE title LIKE '厚植教育沃土%'").fetchone()[
        0
    ]
    article = get_article(db, article_id)
    ids = {p.id for p in article.paragraphs}
    flags = [replace(f, state="confirmed") for f in list_flags(db, article.issue_id)]
    flags = [f for f in flags if f.paragraph_id in ids]
    assert sorted(f.kind for f in flags) == ["broken"] + ["duplicate"] * 6
    blocks = clean_blocks(article.paragraphs, flags)
    texts = clean_text(blocks)
    assert texts.count("元实施的解放区教育信息化2.0提升工程顺利完成") == 1  # five copies gone
    joined = next(b for b in blocks if len(b.paragraph_ids) > 1)
    assert joined.text.startswith("持续推进教育信息化")
    assert "投资8000余万元实施的解放区教育信息化2.0提升工程" in joined.text  # the break, joined
    assert texts.count("硕果盈枝") == 1  # the span ¶6 shares with ¶3 is dropped from ¶6
    assert len(blocks) == len(article.paragraphs) - 6
    assert _pieces_rebuild_text(blocks, article.paragraphs)
    unchanged = get_article(db, article_id)
    assert [p.text for p in unchanged.paragraphs] == [p.text for p in article.paragraphs]
