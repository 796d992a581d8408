"""Fill an `Article` from the roles of its paragraphs.

By the time an article is built, its range is fixed and its head paragraphs
carry their roles; this module reads title, kicker, subtitle, column, sections,
byline and kind off them, and marks the one kind of furniture that needs the
title to be known: a short block restating the headline inside the article.
"""

from __future__ import annotations

from collections.abc import Callable

from reader.importer.segment_byline import lead_byline, split_caption, trailing_byline
from reader.importer.segment_lines import column_name, names_commentary
from reader.importer.segment_text import (
    at_most_units,
    clean_column,
    clean_kicker,
    clean_subtitle,
    clean_title,
    collapse,
    heading_text,
    is_heading_text,
    is_label_like,
    short_title,
)
from reader.model import (
    BODY,
    CAPTION,
    COLUMN,
    COMMENTARY,
    FURNITURE,
    KICKER,
    NEWS,
    PHOTO,
    SECTION,
    SUBTITLE,
    TITLE,
    Article,
    Paragraph,
)

# A restated headline is a block of at most this many short lines.
_RESTATED_LINES = 3
_RESTATED_UNITS = 30
# The byline is looked for in this many opening body paragraphs.
_LEAD_PARAGRAPHS = 2


def build_article(span: list[Paragraph]) -> Article:
    """The article made of `span` (consecutive paragraphs, roles already set)."""
    _mark_restated_title(span)
    title = _title(span)
    column = _first(span, COLUMN, clean_column)
    kicker = " ".join(clean_kicker(p.text) for p in span if p.role == KICKER) or None
    byline = _byline(span)
    return Article(
        first=span[0].position,
        last=span[-1].position,
        title=title,
        kind=_kind(span, column, kicker, byline),
        kicker=kicker,
        subtitle=_first(span, SUBTITLE, clean_subtitle),
        byline=byline,
        column=column,
        sections=[heading_text(p.text) for p in span if p.role == SECTION],
    )


def _first(span: list[Paragraph], role: str, clean: Callable[[str], str]) -> str | None:
    for paragraph in span:
        if paragraph.role == role:
            return clean(paragraph.text) or None
    return None


def _is_photo(span: list[Paragraph]) -> bool:
    """Only captions carry text (beside the head and furniture): a photo article."""
    content = [p for p in span if p.role in (BODY, CAPTION)]
    return bool(content) and all(p.role == CAPTION for p in content)


def _title(span: list[Paragraph]) -> str:
    """The headline; failing that the caption, the column name or the first text line
    (body text first, then any line with words)."""
    for paragraph in span:
        if paragraph.role == TITLE:
            return clean_title(paragraph.text)
    if _is_photo(span):
        caption = next(p for p in span if p.role == CAPTION)
        parts = split_caption(caption.text)
        return short_title(parts[0] if parts and parts[0] else caption.text)
    column = _first(span, COLUMN, lambda text: column_name(text) or clean_column(text))
    if column:
        return column
    body = [p for p in span if p.role == BODY]
    for paragraph in body + span:
        title = short_title(paragraph.text)
        if title:
            return title
    return ""  # nothing in the span has any words (only bare `#` lines)


def _mark_restated_title(span: list[Paragraph]) -> None:
    """`万无一失与一失万无 / 示范区强音`: a short block repeating the headline is furniture.

    Papers set the headline again beside a commentary with the column's
    signature, or OCR reads a display headline twice; neither is article text.
    Only a real headline (a title paragraph) is looked for, below it.
    """
    titles = [p for p in span if p.role == TITLE]
    wanted = collapse(clean_title(titles[0].text)) if titles else ""
    if not wanted:
        return
    for paragraph in _after_title(span):
        if paragraph.role != BODY or is_heading_text(paragraph.text):
            continue
        if not at_most_units(paragraph.text, _RESTATED_LINES * _RESTATED_UNITS):
            continue
        lines = [line for line in paragraph.text.splitlines() if line.strip()]
        if (
            collapse(lines[0]) == wanted
            and len(lines) <= _RESTATED_LINES
            and all(is_label_like(line, _RESTATED_UNITS) for line in lines)
        ):
            paragraph.role = FURNITURE


def _byline(span: list[Paragraph]) -> str | None:
    """From the lead (first body paragraphs), else a closing `（记者 X）`; for a photo,
    the credit."""
    if _is_photo(span):
        caption = next(p for p in span if p.role == CAPTION)
        parts = split_caption(caption.text)
        return parts[1] if parts else None
    body = [p for p in _after_title(span) if p.role == BODY]
    for paragraph in body[:_LEAD_PARAGRAPHS]:
        found = lead_byline(paragraph.text)
        if found:
            return found
    return trailing_byline(body[-1].text) if body else None


def _after_title(span: list[Paragraph]) -> list[Paragraph]:
    titles = [k for k, p in enumerate(span) if p.role == TITLE]
    return span[titles[0] + 1 :] if titles else span


def _kind(span: list[Paragraph], column: str | None, kicker: str | None, byline: str | None) -> str:
    """Photo when only captions carry text; furniture when nothing but furniture;
    commentary under a column label or an opinion label; news otherwise."""
    if _is_photo(span):
        return PHOTO
    if all(p.role == FURNITURE for p in span):
        return FURNITURE
    if column or any(names_commentary(label) for label in (kicker, byline)):
        return COMMENTARY
    return NEWS
