"""Paragraphs cut in the wrong place: broken pairs, truncated starts, fragments.

OCR ends a paragraph wherever a printed column ends, so a sentence often stops
at the foot of one column (`…加强合同履`) and goes on at the head of the next
(`约兑现,…`). The rules read the two edges:

* **broken** — a paragraph that reads as running text stops without a
  sentence end, and the next paragraph goes on. The next one must itself read
  as text, or its first characters must show it cannot start a sentence (a
  word running across the cut, 履|约; a particle or a comma first). A label
  (`扫一扫 关注我们`) never breaks. Text lost between the parts does not
  matter: the first part is still unfinished.
* **truncated** — a paragraph that starts mid-sentence with nothing before it
  to join: it opens with a comma or closing mark, with a bound character that
  begins no sentence (于危险之中, 况,强调 — and no word starts there), or its
  enumeration starts at 三是 with no 二是 before it (the items were lost).
* **fragment** — a short piece on its own (no break joins it to a neighbour)
  that is unfinished text or a copy of text found elsewhere in the issue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.detect.lexicon import crossing_word, starts_with_word
from reader.detect.text import ends_sentence, first_char, is_prose

# Marks that close or continue a sentence, so no paragraph starts with them.
BAD_OPENERS = frozenset("，,、。．；;：:？?！!）)】」』》”’")
# Characters that begin no sentence when they stand alone as the first word:
# particles, suffixes and bound halves of words (况 of 情况, 于 of 对于).
NON_INITIAL = frozenset("的地得了着过们吗呢吧啊呀嘛么于之者及等化性式度率员况")
# Short enough to be a stray line rather than a paragraph, in normalised chars.
FRAGMENT_MAX = 30
# Enumerations 一是/二是… and 一要/二要…; 第三是 and 十三是 are not markers.
_MARKER = re.compile(r"(?<![一二三四五六七八九十第其])([一二三四五六七八九])(?:是|要)")
_NUMERALS = "一二三四五六七八九"
# Cheaper tests first: the full expression is slow on Chinese text.
_LATER_MARKER = re.compile(r"[二三四五六七八九][是要]")
_SENTENCE_END = re.compile(r"[。！？!?；;]")
# How far back an enumeration may have started.
ENUMERATION_REACH = 3
PREVIEW = 12


@dataclass
class Break:
    first: int
    next: int
    join_at: int  # offset in the first part's text where the next part joins
    word: str | None  # a dictionary word running across the cut
    preview: str


@dataclass
class Edge:
    """A truncated start or a fragment: the paragraph and why."""

    position: int
    reason: str


def find_breaks(texts: list[str], text_ok: list[bool]) -> list[Break]:
    """Every pair (i, i+1) where paragraph i stops mid-sentence and i+1 goes on."""
    pairs = range(len(texts) - 1)
    found = [_break(texts, p) for p in pairs if text_ok[p] and text_ok[p + 1]]
    return [cut for cut in found if cut is not None]


def _break(texts: list[str], position: int) -> Break | None:
    first, second = texts[position], texts[position + 1]
    if ends_sentence(first) or not is_prose(first):
        return None
    left, right = first.rstrip(), second.strip()
    word = crossing_word(left, right)
    goes_on = word is not None or _bad_start(right) is not None
    if not (is_prose(right) or goes_on):
        return None
    preview = f"…{left[-PREVIEW:]}{right[:PREVIEW]}…"
    return Break(position, position + 1, join_at=len(left), word=word, preview=preview)


def find_truncated(
    texts: list[str], text_ok: list[bool], headings: list[bool], joined: set[int]
) -> list[Edge]:
    """Paragraphs that start mid-sentence; `joined` holds second parts of breaks."""
    found: list[Edge] = []
    for position, text in enumerate(texts):
        if not text_ok[position] or position in joined:
            continue
        reason = _bad_start(text) or _enumeration_gap(position, texts, headings)
        if reason and is_prose(text):
            found.append(Edge(position, reason))
    return found


def _bad_start(text: str) -> str | None:
    char = first_char(text)
    if char in BAD_OPENERS:
        return f"starts with {char}"
    if char in NON_INITIAL and not starts_with_word(text.lstrip()):
        return f"starts with the bound character {char}"
    return None


def _enumeration_gap(position: int, texts: list[str], headings: list[bool]) -> str | None:
    """`…确认。三是注重…` with no 二是 in the paragraphs before: the start was lost."""
    text = texts[position]
    if ("是" not in text and "要" not in text) or not _LATER_MARKER.search(text):
        return None
    marker = _MARKER.search(text)
    if marker is None or marker.group(1) == "一":
        return None
    if not _SENTENCE_END.search(text[: marker.start()]):
        return None  # the paragraph opens with the item itself
    wanted = _NUMERALS[_NUMERALS.index(marker.group(1)) - 1] + marker.group()[1]
    for back in range(position - 1, max(position - ENUMERATION_REACH, 0) - 1, -1):
        if headings[back]:
            break
        if wanted in texts[back]:
            return None
    return f"enumeration starts at {marker.group()}"


def find_fragments(
    texts: list[str],
    norms: list[str],
    text_ok: list[bool],
    linked: set[int],
    copies: set[int],
) -> list[Edge]:
    """Short pieces standing alone: unfinished text, or a copy (`copies`) of other text."""
    found: list[Edge] = []
    for position, text in enumerate(texts):
        short = 0 < len(norms[position]) <= FRAGMENT_MAX
        if not text_ok[position] or position in linked or not short:
            continue
        if position in copies:
            found.append(Edge(position, "copy of text found elsewhere"))
        elif not ends_sentence(text) and is_prose(text):
            found.append(Edge(position, "unfinished text with nothing to join"))
    return found
