"""Which stored characters a flag is about, from its evidence (no Qt here, only offsets).

The reader highlights these spans when a flag is chosen, and "Go to the
other copy" jumps to the span a duplicate repeats. Evidence names
paragraphs by issue position and offsets into the stored text
(`reader.detect` documents each kind's `detail`); a span here is
(paragraph id, start, end) with the end exclusive, ready for `PositionMap`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from reader.db.flag_views import PlacedFlag
from reader.detect.clean import span_between

Spans = list[tuple[int, int, int]]


class ParagraphLike(Protocol):
    id: int
    position: int
    text: str


def flag_spans(flag: PlacedFlag, paragraphs: Sequence[ParagraphLike]) -> Spans:
    """The spans of the paragraphs shown (`paragraphs`) that the flag is about."""
    by_id = {p.id: p for p in paragraphs}
    by_position = {p.position: p for p in paragraphs}
    kind, detail, pid = flag.flag.kind, flag.flag.detail, flag.flag.paragraph_id
    if kind == "duplicate":
        spans = span_between(detail.get("start"), detail.get("end"), by_position)
    elif kind == "doubled" and pid in by_id:
        at = int(detail.get("offset", 0))
        spans = [(pid, at, at + 2)]
    elif kind in ("broken", "column_run"):
        ids = (pid, *(r.id for r in flag.related))
        spans = [_whole(by_id[i]) for i in ids if i in by_id]
    else:
        spans = []
    if not spans and pid in by_id:
        spans = [_whole(by_id[pid])]
    return spans


def _whole(paragraph: ParagraphLike) -> tuple[int, int, int]:
    return paragraph.id, 0, len(paragraph.text)


def other_copy(flag: PlacedFlag) -> tuple[int, int, int] | None:
    """(paragraph id, start, end) of the text a duplicate or fragment repeats; None otherwise."""
    detail = flag.flag.detail
    if flag.flag.kind == "duplicate":
        place = next((p for p in flag.related if p.position == detail.get("of")), None)
        if place is None:
            return None
        spans = span_between(detail.get("of_start"), detail.get("of_end"), {place.position: place})
        return spans[0] if spans else (place.id, 0, len(place.text))
    if flag.flag.kind == "fragment" and flag.related:
        return flag.related[0].id, 0, len(flag.related[0].text)
    return None
