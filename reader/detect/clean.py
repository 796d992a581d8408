"""The clean reading of an article: what reviewed flags say the text should read as.

A proofreader confirms that a paragraph repeats earlier text, that a
paragraph was broken across columns, that a column came out one line per
paragraph. The stored paragraphs never change (the source is never
edited); this module derives, from the paragraphs and their *confirmed*
flags, the blocks a clean view or an export shows:

* a confirmed ``duplicate`` drops the repeated span(s) its evidence names
  (every match in `detail["matches"]`); a paragraph that is a copy as a
  whole (`identical`, `contained`), or has nothing but punctuation left, is
  hidden;
* a confirmed ``broken`` joins the paragraph to the next at `join_at`;
* a confirmed ``column_run`` joins its lines, each stripped, into one block.

Open and dismissed flags change nothing. Each block keeps the pieces it is
made of as (paragraph id, start, end) offsets into the stored text, so a
view can still map every character it shows back to its paragraph. Pure
Python: no Qt, no database. Flags are taken in the shape of
`reader.db.flags.FlagRow` (kind, state, paragraph_id, related as
(id, text) pairs, detail) without importing it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

CONFIRMED = "confirmed"
WHOLE_COPY = ("identical", "contained")  # the flagged paragraph is inside the other


class ParagraphLike(Protocol):
    id: int
    position: int
    text: str
    role: str


class FlagLike(Protocol):
    kind: str
    state: str
    paragraph_id: int
    related: Sequence[tuple[int, str]]
    detail: dict[str, Any]


@dataclass(frozen=True)
class Piece:
    """Characters [start, end) of one stored paragraph, shown as they are."""

    paragraph_id: int
    start: int
    end: int


@dataclass(frozen=True)
class CleanBlock:
    """One block of the clean reading: its text, the pieces it is made of, its first role."""

    text: str
    pieces: tuple[Piece, ...]
    role: str

    @property
    def paragraph_ids(self) -> tuple[int, ...]:
        return tuple(dict.fromkeys(piece.paragraph_id for piece in self.pieces))


Spans = list[tuple[int, int]]


def clean_blocks(
    paragraphs: Sequence[ParagraphLike], flags: Iterable[FlagLike]
) -> list[CleanBlock]:
    """The paragraphs (in text order) as they read once their confirmed flags are applied."""
    ordered = sorted(paragraphs, key=lambda p: p.position)
    confirmed = [f for f in flags if f.state == CONFIRMED]
    kept = _kept_spans(ordered, confirmed)
    links = _links(ordered, confirmed)
    blocks: list[CleanBlock] = []
    consumed: set[int] = set()
    for paragraph in ordered:
        if paragraph.id in consumed:
            continue
        chain = _chain(paragraph.id, links, consumed)
        block = _block(chain, {p.id: p for p in ordered}, kept, links)
        if block is not None:
            blocks.append(block)
    return blocks


def clean_text(blocks: Sequence[CleanBlock]) -> str:
    """The blocks as plain text, one paragraph per blank-line-separated block."""
    return "\n\n".join(block.text for block in blocks)


# -- what is kept of each paragraph ---------------------------------------------


def _kept_spans(paragraphs: Sequence[ParagraphLike], flags: Sequence[FlagLike]) -> dict[int, Spans]:
    """Paragraph id → the [start, end) spans of its text that stay; absent = hidden."""
    by_position = {p.position: p for p in paragraphs}
    removed: dict[int, Spans] = {p.id: [] for p in paragraphs}
    for flag in flags:
        if flag.kind != "duplicate" or flag.paragraph_id not in removed:
            continue
        for match in flag.detail.get("matches") or [flag.detail]:
            if match.get("relation") in WHOLE_COPY:
                text = _text_of(paragraphs, flag.paragraph_id)
                removed[flag.paragraph_id].append((0, len(text)))
            for pid, start, end in _match_spans(match, by_position):
                removed[pid].append((start, end))
    kept: dict[int, Spans] = {}
    for paragraph in paragraphs:
        spans = _subtract((0, len(paragraph.text)), removed[paragraph.id])
        if any(_has_words(paragraph.text[s:e]) for s, e in spans):
            kept[paragraph.id] = spans
    return kept


def _text_of(paragraphs: Sequence[ParagraphLike], paragraph_id: int) -> str:
    return next(p.text for p in paragraphs if p.id == paragraph_id)


def _match_spans(
    match: dict[str, Any], by_position: dict[int, ParagraphLike]
) -> list[tuple[int, int, int]]:
    """(paragraph id, start, end) of the repeated text; a run's span covers several lines."""
    return span_between(match.get("start"), match.get("end"), by_position)


def span_between(
    start: Any, end: Any, by_position: dict[int, ParagraphLike]
) -> list[tuple[int, int, int]]:
    """[position, offset] to [position, offset] (as detector evidence gives them): one
    (paragraph id, start, end) per paragraph crossed; malformed evidence gives none."""
    try:
        (first, lo), (last, hi) = start, end
    except (TypeError, ValueError):
        return []
    spans = []
    for position in range(first, last + 1):
        paragraph = by_position.get(position)
        if paragraph is None:
            continue
        s = lo if position == first else 0
        e = hi if position == last else len(paragraph.text)
        if s < e:
            spans.append((paragraph.id, s, e))
    return spans


def _subtract(whole: tuple[int, int], cuts: Spans) -> Spans:
    """`whole` minus the union of `cuts`, as sorted disjoint spans."""
    spans: Spans = []
    at, stop = whole
    for lo, hi in sorted(cuts):
        if lo > at:
            spans.append((at, min(lo, stop)))
        at = max(at, hi)
    if at < stop:
        spans.append((at, stop))
    return [(s, e) for s, e in spans if s < e]


def _has_words(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


# -- joins --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Link:
    next: int  # paragraph id joined after this one
    cut: int | None  # offset where this one ends (broken: join_at); None = strip


def _links(paragraphs: Sequence[ParagraphLike], flags: Sequence[FlagLike]) -> dict[int, _Link]:
    """Paragraph id → the paragraph a confirmed break or column run joins after it."""
    present = {p.id for p in paragraphs}
    links: dict[int, _Link] = {}
    for flag in flags:
        related = [pid for pid, _text in flag.related]
        if flag.kind == "broken" and related and related[0] in present:
            links[flag.paragraph_id] = _Link(related[0], flag.detail.get("join_at"))
        elif flag.kind == "column_run":
            lines = [flag.paragraph_id, *related]
            for here, after in zip(lines, lines[1:], strict=False):
                if here in present and after in present:
                    links.setdefault(here, _Link(after, None))
    return links


def _chain(first: int, links: dict[int, _Link], consumed: set[int]) -> list[int]:
    chain = [first]
    consumed.add(first)
    while chain[-1] in links and links[chain[-1]].next not in consumed:
        chain.append(links[chain[-1]].next)
        consumed.add(chain[-1])
    return chain


def _block(
    chain: list[int],
    by_id: dict[int, ParagraphLike],
    kept: dict[int, Spans],
    links: dict[int, _Link],
) -> CleanBlock | None:
    """One block from a chain of joined paragraphs; None if every one of them is hidden."""
    pieces: list[Piece] = []
    for index, pid in enumerate(chain):
        text = by_id[pid].text
        lo, hi = 0, len(text)
        if index > 0:  # joined after another: no leading blank
            lo = len(text) - len(text.lstrip())
        if index < len(chain) - 1:  # another is joined after it: cut where the join is
            cut = links[pid].cut
            hi = min(hi, cut) if cut is not None else len(text.rstrip())
        for start, end in kept.get(pid, []):
            start, end = max(start, lo), min(end, hi)
            if start < end:
                pieces.append(Piece(pid, start, end))
    if not pieces:
        return None
    text = "".join(by_id[p.paragraph_id].text[p.start : p.end] for p in pieces)
    return CleanBlock(text, tuple(pieces), by_id[pieces[0].paragraph_id].role)
