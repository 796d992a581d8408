"""Turning a placement in an issue's text into an annotation's stored anchors.

The storage layer loads an issue once as a `Target` (its text and paragraph
spans) and hands annotations here; what comes back is the annotation with
every anchor refreshed together (paragraph ids and offsets, text offsets,
quote and context, article, source hash), or marked as an orphan with its
quote and note intact. Keeping this pure means the rules for orphans are
tested without a database.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from reader.annotate.anchor import Placement, place, snap_to_spans
from reader.annotate.model import Annotation, quote_at


@dataclass(frozen=True)
class ParagraphSpan:
    id: int
    start: int
    end: int
    article_id: int | None


@dataclass(frozen=True)
class Target:
    """One issue as re-anchoring sees it."""

    issue_id: int
    content_hash: str
    text: str
    paragraphs: list[ParagraphSpan]

    @property
    def spans(self) -> list[tuple[int, int]]:
        return [(p.start, p.end) for p in self.paragraphs]


def attach(annotation: Annotation, target: Target, start: int, end: int) -> Annotation | None:
    """The annotation anchored to `target.text[start:end]`, trimmed to paragraph text.

    None when the span holds no paragraph text (only blank gaps or front matter).
    """
    snapped = snap_to_spans(target.spans, start, end)
    if snapped is None:
        return None
    first, start_offset, last, end_offset = snapped
    head, tail = target.paragraphs[first], target.paragraphs[last]
    quote = quote_at(target.text, head.start + start_offset, tail.start + end_offset)
    return replace(
        annotation, issue_id=target.issue_id, source_hash=target.content_hash,
        article_id=head.article_id, start_paragraph_id=head.id, start_offset=start_offset,
        end_paragraph_id=tail.id, end_offset=end_offset, text_start=quote.start,
        text_end=quote.end, exact=quote.exact, prefix=quote.prefix, suffix=quote.suffix,
        orphaned=False,
    )  # fmt: skip


def orphan(annotation: Annotation, issue_id: int | None) -> Annotation:
    """Kept without a place: the quote, context, source hash and note stay as they were."""
    return replace(
        annotation, issue_id=issue_id, article_id=None, start_paragraph_id=None,
        start_offset=None, end_paragraph_id=None, end_offset=None, orphaned=True,
    )  # fmt: skip


def reanchor(annotation: Annotation, target: Target) -> tuple[Annotation, Placement | None]:
    """Place the annotation's quote in `target`; an orphan of it when that fails."""
    placement = place(annotation.quote, target.text)
    placed = attach(annotation, target, placement.start, placement.end) if placement else None
    if placed is None:
        return orphan(annotation, target.issue_id), None
    return placed, placement
