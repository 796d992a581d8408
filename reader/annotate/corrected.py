"""The corrected text: paragraphs with the proofreaders' OCR corrections applied.

The stored text never changes (design principle 1); the corrected text is
derived whenever it is shown or exported. A correction is an OCR-error
annotation's span with the text that should stand there; an empty
correction deletes the span, and a paragraph left with nothing vanishes. A
span may run across paragraphs: the replacement then joins the head of the
first paragraph to the tail of the last, because such a span usually mends a
paragraph that OCR broke in two.

Two corrections over the same characters cannot both apply; the one that
starts first wins and the other is reported as skipped, never guessed at.
The window's corrected view and the exports both use this module, so they
always agree.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reader.annotate.model import OCR_ERROR, Annotation

Paragraph = tuple[int, str]  # (paragraph id, stored text)


@dataclass(frozen=True)
class Correction:
    """Replace a span (end offset exclusive) with `text`; "" deletes it."""

    start_paragraph_id: int
    start_offset: int
    end_paragraph_id: int
    end_offset: int
    text: str
    annotation_id: str | None = None


@dataclass(frozen=True)
class CorrectedText:
    """The corrected paragraphs in order, and the corrections that could not be applied."""

    paragraphs: list[Paragraph]
    skipped: list[Correction]

    @property
    def text(self) -> str:
        return "\n\n".join(text for _id, text in self.paragraphs)


def corrections_of(annotations: Iterable[Annotation]) -> list[Correction]:
    """The live, placed OCR-error annotations that say what the text should be."""
    found = []
    for a in annotations:
        if a.category != OCR_ERROR or a.correction is None or a.is_deleted or a.orphaned:
            continue
        if None in (a.start_paragraph_id, a.start_offset, a.end_paragraph_id, a.end_offset):
            continue
        found.append(
            Correction(
                a.start_paragraph_id, a.start_offset, a.end_paragraph_id,  # type: ignore[arg-type]
                a.end_offset, a.correction, a.id,  # type: ignore[arg-type]
            )
        )  # fmt: skip
    return found


_Key = tuple[int, int, int, int]  # (first index, offset, last index, offset)


def _keyed(
    order: dict[int, int], corrections: Iterable[Correction], lengths: Sequence[int]
) -> tuple[list[tuple[_Key, Correction]], list[Correction]]:
    """Corrections as paragraph indices; those outside `order` or inside-out are refused."""
    keyed, refused = [], []
    for c in corrections:
        first, last = order.get(c.start_paragraph_id), order.get(c.end_paragraph_id)
        if first is None or last is None or not _sane(c, first, last, lengths):
            refused.append(c)
            continue
        keyed.append(((first, c.start_offset, last, c.end_offset), c))
    keyed.sort(key=lambda pair: pair[0])
    return keyed, refused


def _sane(c: Correction, first: int, last: int, lengths: Sequence[int]) -> bool:
    inside = 0 <= c.start_offset <= lengths[first] and 0 <= c.end_offset <= lengths[last]
    return inside and (first, c.start_offset) < (last, c.end_offset)


def select_corrections(
    paragraphs: Sequence[Paragraph], corrections: Iterable[Correction]
) -> tuple[list[tuple[_Key, Correction]], list[Correction]]:
    """The corrections that apply, in text order, and those skipped (overlapping or elsewhere)."""
    order = {paragraph_id: i for i, (paragraph_id, _text) in enumerate(paragraphs)}
    keyed, skipped = _keyed(order, corrections, [len(text) for _id, text in paragraphs])
    kept: list[tuple[_Key, Correction]] = []
    for key, correction in keyed:
        if kept and key[:2] < kept[-1][0][2:]:  # starts before the previous one ends
            skipped.append(correction)
        else:
            kept.append((key, correction))
    return kept, skipped


def apply_corrections(
    paragraphs: Sequence[Paragraph], corrections: Iterable[Correction]
) -> CorrectedText:
    """`paragraphs` with every applicable correction made; emptied paragraphs are left out.

    Corrections are applied from the last to the first, so the offsets of
    the ones still to come are never moved by those already made.
    """
    kept, skipped = select_corrections(paragraphs, corrections)
    texts: list[str | None] = [text for _id, text in paragraphs]
    for (first, start, last, end), correction in reversed(kept):
        head = texts[first] or ""
        tail = texts[last] or ""
        texts[first] = head[:start] + correction.text + tail[end:]
        for joined in range(first + 1, last + 1):
            texts[joined] = None
    result = [
        (paragraph_id, text)
        for (paragraph_id, _old), text in zip(paragraphs, texts, strict=True)
        if text
    ]
    return CorrectedText(result, skipped)
