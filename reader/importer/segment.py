"""Article segmentation, as a proofreader sees it.

`segment(paragraphs)` sets every paragraph's role (body, title, kicker,
subtitle, section, column, caption, furniture) and cuts the issue into articles:
contiguous ranges that cover every paragraph once, in reading order.

The rules, in the order they run:

1. Lines that are what they are by themselves: photo captions (closing with a
   credit, `… 本报通讯员 马强 摄`) and page furniture (short lines with 扫一扫,
   二维码, 公众号, 责任编辑, imprint labels …).
2. Headings (see `segment_headings`): each head group with a headline starts
   an article; kickers, subtitles, sections, column labels and furniture
   headings stay with their article.
3. Around the head: a `——…` line right under it is the subtitle, a decorated
   label (□号 角) next to it the column label.
4. Page edges: short lines without sentence punctuation before the first
   headline (page header) and after the last sentence of the page (slogans,
   account plugs) are furniture; they belong to the first / last article.
5. A caption standing between two articles (after one's text, right before the
   next headline) is a photo article of its own.
6. Inside an article, a short block restating its headline (a pull-quote or
   a column signature) is furniture.

A file without any headline is one article, titled by its first line.
"""

from __future__ import annotations

from reader.importer.segment_article import build_article
from reader.importer.segment_byline import caption_credit
from reader.importer.segment_headings import HeadBlock, classify_headings
from reader.importer.segment_lines import column_name, is_furniture_text, is_page_header
from reader.importer.segment_text import (
    ends_like_sentence,
    is_heading_text,
    is_label_like,
    starts_with_dash,
)
from reader.model import (
    BODY,
    CAPTION,
    COLUMN,
    FURNITURE,
    SUBTITLE,
    TITLE,
    Article,
    Paragraph,
)

# Page-edge furniture is short: a slogan, an account name, a page header.
TRAILING_UNITS = 20
LEADING_UNITS = 40
# A headline or subtitle made of running text is at most this long.
TITLE_UNITS = 40


def segment(paragraphs: list[Paragraph]) -> list[Article]:
    """Set `role` on every paragraph and return the articles in reading order."""
    if not paragraphs:
        return []
    for paragraph in paragraphs:
        paragraph.role = BODY
    _mark_standalone_lines(paragraphs)
    blocks = classify_headings(paragraphs)
    if not blocks:
        return [_single_article(paragraphs)]
    for block in blocks:
        _mark_head_neighbours(paragraphs, block)
    _mark_leading_furniture(paragraphs, blocks[0].start)
    _mark_trailing_furniture(paragraphs)
    starts = sorted({0} | {b.start for b in blocks[1:]} | _photo_starts(paragraphs, blocks))
    ends = [s - 1 for s in starts[1:]] + [len(paragraphs) - 1]
    return [build_article(paragraphs[lo : hi + 1]) for lo, hi in zip(starts, ends, strict=True)]


def _is_plain(paragraph: Paragraph) -> bool:
    """A body paragraph that is not a heading and no rule has claimed yet."""
    return paragraph.role == BODY and not is_heading_text(paragraph.text)


def _mark_standalone_lines(paragraphs: list[Paragraph]) -> None:
    """Captions and keyword furniture are recognised without looking around."""
    for paragraph in paragraphs:
        if is_heading_text(paragraph.text):
            continue
        if caption_credit(paragraph.text):
            paragraph.role = CAPTION
        elif is_furniture_text(paragraph.text):
            paragraph.role = FURNITURE


def _mark_head_neighbours(paragraphs: list[Paragraph], block: HeadBlock) -> None:
    """A `——…` line or a column label just under a head belongs to it; so does a
    column label just above it (the block then starts at the label)."""
    index = block.end + 1
    while index < len(paragraphs) and _is_plain(paragraphs[index]):
        role = _head_neighbour_role(paragraphs[index])
        if role is None:
            break
        paragraphs[index].role = role
        index += 1
    before = block.start - 1
    if before >= 0 and _is_plain(paragraphs[before]) and column_name(paragraphs[before].text):
        paragraphs[before].role = COLUMN
        block.start = before


def _head_neighbour_role(paragraph: Paragraph) -> str | None:
    if is_label_like(paragraph.text, TITLE_UNITS) and starts_with_dash(paragraph.text):
        return SUBTITLE
    return COLUMN if column_name(paragraph.text) else None


def _mark_leading_furniture(paragraphs: list[Paragraph], first_start: int) -> None:
    """Short label-like lines before the first headline are the page header."""
    for paragraph in paragraphs[:first_start]:
        if _is_plain(paragraph) and (
            is_label_like(paragraph.text, LEADING_UNITS) or is_page_header(paragraph.text)
        ):
            paragraph.role = FURNITURE


def _mark_trailing_furniture(paragraphs: list[Paragraph]) -> None:
    """Short unpunctuated lines after the page's last sentence are furniture.

    Slogans (奋进新征程 建功新时代) and account names close a page. Only lines
    after a finished sentence (or a caption) are taken, so a short article at the
    end keeps its body and the tail of a paragraph broken across columns stays text.
    """
    run: list[Paragraph] = []
    index = len(paragraphs) - 1
    while index >= 0 and _trailing_candidate(paragraphs[index]):
        run.append(paragraphs[index])
        index -= 1
    if index < 0 or not _closes_text(paragraphs[index]):
        return
    for paragraph in run:
        paragraph.role = FURNITURE


def _closes_text(paragraph: Paragraph) -> bool:
    if is_heading_text(paragraph.text):
        return False
    if paragraph.role == CAPTION:
        return True
    return paragraph.role == BODY and ends_like_sentence(paragraph.text)


def _trailing_candidate(paragraph: Paragraph) -> bool:
    if is_heading_text(paragraph.text):
        return False
    if paragraph.role == FURNITURE:
        return True
    return paragraph.role == BODY and is_label_like(paragraph.text, TRAILING_UNITS)


def _photo_starts(paragraphs: list[Paragraph], blocks: list[HeadBlock]) -> set[int]:
    """Captions standing between two articles start photo articles of their own.

    A caption run counts when it follows text of the article above and nothing
    but furniture lies between it and the next headline (or the end of the page).
    A caption right under a headline, or followed by more text, stays in its article.
    """
    block_starts = {block.start for block in blocks}
    starts: set[int] = set()
    index = blocks[0].start + 1
    while index < len(paragraphs):
        if paragraphs[index].role != CAPTION or index in block_starts:
            index += 1
            continue
        last = index
        while last + 1 < len(paragraphs) and paragraphs[last + 1].role == CAPTION:
            last += 1
        if paragraphs[index - 1].role in (BODY, FURNITURE) and _only_furniture_until_next(
            paragraphs, last + 1, block_starts
        ):
            starts.add(index)
        index = last + 1
    return starts


def _only_furniture_until_next(
    paragraphs: list[Paragraph], index: int, block_starts: set[int]
) -> bool:
    while index < len(paragraphs) and index not in block_starts:
        if paragraphs[index].role != FURNITURE:
            return False
        index += 1
    return True


def _single_article(paragraphs: list[Paragraph]) -> Article:
    """A file without headlines: one article, titled by its first line of text.

    Leading page-header lines are furniture; the first text line becomes the
    title paragraph when it looks like a headline (short, no sentence punctuation),
    and a `——…` line under it the subtitle.
    """
    content = _first_content(paragraphs)
    if content is not None and _looks_like_headline(paragraphs[content]):
        paragraphs[content].role = TITLE
        following = content + 1
        if following < len(paragraphs) and _is_plain(paragraphs[following]):
            paragraphs[following].role = _head_neighbour_role(paragraphs[following]) or BODY
    _mark_trailing_furniture(paragraphs)
    return build_article(paragraphs)


def _first_content(paragraphs: list[Paragraph]) -> int | None:
    """Index of the first plain paragraph; page-header lines before it become furniture."""
    for index, paragraph in enumerate(paragraphs):
        if not _is_plain(paragraph):
            continue
        if is_page_header(paragraph.text):
            paragraph.role = FURNITURE
            continue
        return index
    return None


def _looks_like_headline(paragraph: Paragraph) -> bool:
    if not is_label_like(paragraph.text, TITLE_UNITS):
        return False
    lines = [line for line in paragraph.text.splitlines() if line.strip()]
    return len(lines) == 1 and not ends_like_sentence(paragraph.text)
