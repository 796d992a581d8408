"""What an annotation is, independent of where it is stored or shown.

An annotation points at a span of one issue's decoded text twice over: by
character offsets (fast, but stale after any edit before it) and by the quote
with 32 characters of context on each side (slower, but it survives a new OCR
version). These are W3C's TextPositionSelector and TextQuoteSelector; keeping
both is what lets a re-import or another library place the span again.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

OCR_ERROR = "ocr_error"
NOTE = "note"
IMPORTANT = "important"
QUESTION = "question"
CATEGORIES = (OCR_ERROR, NOTE, IMPORTANT, QUESTION)

CONTEXT = 32  # characters of prefix and suffix kept around the quote
EDITABLE = ("category", "correction", "note", "color")

_COLOR = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})")


@dataclass(frozen=True)
class Quote:
    """A span of one text: the quote, its context, and (if known) its offsets."""

    exact: str
    prefix: str = ""
    suffix: str = ""
    start: int | None = None
    end: int | None = None


def quote_at(text: str, start: int, end: int) -> Quote:
    """The selectors for `text[start:end]`, with CONTEXT characters either side."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"not a span of the text: {start}..{end} of {len(text)}")
    prefix = text[max(0, start - CONTEXT) : start]
    return Quote(text[start:end], prefix, text[end : end + CONTEXT], start, end)


def new_id() -> str:
    """A fresh id that means the same annotation in every library."""
    return f"urn:uuid:{uuid.uuid4()}"


def is_color(value: object) -> bool:
    """`#rgb`, `#rrggbb` or `#rrggbbaa`, as CSS and Qt read them."""
    return isinstance(value, str) and _COLOR.fullmatch(value) is not None


def check_fields(fields: dict[str, str | None]) -> None:
    """Raise ValueError for a field that is unknown or has a value we do not store."""
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not editable: {', '.join(sorted(unknown))}")
    if "category" in fields and fields["category"] not in CATEGORIES:
        raise ValueError(f"unknown category {fields['category']!r}; use one of {CATEGORIES}")
    color = fields.get("color")
    if color is not None and not is_color(color):
        raise ValueError(f"not a colour: {color!r} (use #rgb or #rrggbb)")


@dataclass(frozen=True)
class Annotation:
    """One stored annotation; the field order is the order of `annotations` columns."""

    id: str
    issue_id: int | None
    source_hash: str  # content hash of the file whose text the selectors describe
    article_id: int | None
    start_paragraph_id: int | None
    start_offset: int | None
    end_paragraph_id: int | None
    end_offset: int | None
    text_start: int | None
    text_end: int | None
    exact: str
    prefix: str
    suffix: str
    category: str
    correction: str | None
    note: str | None
    color: str | None
    orphaned: bool
    created: str
    modified: str
    deleted: str | None

    @property
    def quote(self) -> Quote:
        return Quote(self.exact, self.prefix, self.suffix, self.text_start, self.text_end)

    @property
    def is_deleted(self) -> bool:
        return self.deleted is not None

    def content(self) -> tuple:
        """What a person made: compared when merging two copies of one annotation."""
        return (
            self.category, self.correction, self.note, self.color, self.created,
            self.modified, self.deleted, self.exact, self.prefix, self.suffix,
        )  # fmt: skip


def newer(incoming: Annotation, local: Annotation) -> bool:
    """Whether `incoming` should replace `local`: the later `modified` wins.

    Timestamps have one-second resolution; on a tie with different content a
    tombstone wins (deleting twice is harmless, resurrecting is not), otherwise
    the local copy is kept.
    """
    if incoming.modified != local.modified:
        return incoming.modified > local.modified
    return incoming.is_deleted and not local.is_deleted
