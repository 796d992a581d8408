"""Decide what each heading is: headline, kicker, subtitle, section, column or furniture.

Heading levels in OCR output are not reliable (one paper marks every headline
`##`, another marks its lead story `#` and the rest `##`), so a heading is judged
by its words and its neighbours rather than by its level alone:

* Headings with no body text between them form a *head group*. One of them is
  the headline; a short label above it is a kicker (肩题), a heading below it a
  subtitle (副题). The headline is the biggest heading (fewest `#`); a short
  label opening the group is a kicker even when it is as big.
* A heading opening with `——` is a subtitle, whatever its level.
* A heading opening with an ordinal marker (一、 （一） 1. 第一部分, or a series like
  元素一/元素二) is a section of the article above, unless a byline lead follows
  it, which makes it a new article.
* Decorated short labels (□号 角) are column labels; keyword lines (扫一扫) are
  furniture; a heading that is only a byline, or is running text (a lead
  paragraph OCR marked as a heading), is body text.
* A heading at the very end of the page with no text under it is furniture.
* Every other heading starts a new article.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from reader.importer.segment_byline import is_byline_line, lead_byline
from reader.importer.segment_lines import column_name, is_furniture_text, is_page_header
from reader.importer.segment_text import (
    at_most_units,
    ends_with_lead_in,
    has_clause_marks,
    heading_level,
    heading_text,
    is_heading_text,
    starts_with_dash,
    strong_ordinal,
    units,
    weak_ordinal_prefix,
)
from reader.model import (
    BODY,
    COLUMN,
    FURNITURE,
    KICKER,
    SECTION,
    SUBTITLE,
    TITLE,
    Paragraph,
)

# Intrinsic classes of a heading, before its neighbours are looked at.
PLAIN = "plain"  # a headline candidate
ORDINAL = "ordinal"  # opens with a section marker
WEAK = "weak"  # 元素一-style marker; a section only within a series
TEXT = "text"  # a byline or running text marked as a heading by mistake
_ROLE_OF = {ORDINAL: SECTION, SUBTITLE: SUBTITLE, COLUMN: COLUMN, FURNITURE: FURNITURE, TEXT: BODY}
# A kicker is a short label: at most this many characters (or English words).
KICKER_UNITS = 8
# A "heading" longer than this that has sentence punctuation is running text.
RUNNING_TEXT_UNITS = 60


@dataclass
class HeadBlock:
    """Where an article's head sits: `start..end` (list indices), `title` inside."""

    start: int
    title: int
    end: int


def heading_groups(paragraphs: list[Paragraph]) -> list[list[int]]:
    """Runs of consecutive headings (list indices), in order."""
    groups: list[list[int]] = []
    for index, paragraph in enumerate(paragraphs):
        if not is_heading_text(paragraph.text):
            continue
        if groups and groups[-1][-1] == index - 1:
            groups[-1].append(index)
        else:
            groups.append([index])
    return groups


def intrinsic_class(text: str) -> str:
    """What a heading is by its own words alone."""
    if not heading_text(text) or is_furniture_text(text) or is_page_header(text):
        return FURNITURE
    if column_name(text):
        return COLUMN
    if is_byline_line(text) or _is_running_text(text):
        return TEXT
    if starts_with_dash(text):
        return SUBTITLE
    if strong_ordinal(text):
        return ORDINAL
    return WEAK if weak_ordinal_prefix(text) else PLAIN


def _is_running_text(text: str) -> bool:
    """A lead (`本报讯(记者…)…，…`) or a long punctuated sentence is not a heading."""
    if not at_most_units(text, RUNNING_TEXT_UNITS):
        return has_clause_marks(text)
    return has_clause_marks(text) and lead_byline(text) is not None


def _resolve_series(paragraphs: list[Paragraph], classes: dict[int, str]) -> None:
    """`元素一 …`, `元素二 …`: a marker word shared by two or more headings is a series."""
    weak = [i for i, cls in classes.items() if cls == WEAK]
    counts = Counter(weak_ordinal_prefix(paragraphs[i].text) for i in weak)
    for i in weak:
        classes[i] = ORDINAL if counts[weak_ordinal_prefix(paragraphs[i].text)] > 1 else PLAIN


def _resolve_bylined(
    paragraphs: list[Paragraph], groups: list[list[int]], classes: dict[int, str]
) -> None:
    """A numbered heading followed by a byline lead is a new article, not a section."""
    for group in groups:
        last = group[-1]
        following = last + 1
        if (
            classes[last] == ORDINAL
            and following < len(paragraphs)
            and lead_byline(paragraphs[following].text)
        ):
            classes[last] = PLAIN


def _pick_headline(paragraphs: list[Paragraph], plain: list[int]) -> int:
    """The headline of a head group: the biggest heading, unless it is a short kicker.

    A short label (≤ KICKER_UNITS) followed by a longer heading, or a heading that
    ends with a colon or dash, leads into the next heading: that one is the headline.
    """
    biggest = min(heading_level(paragraphs[i].text) for i in plain)
    position = next(k for k, i in enumerate(plain) if heading_level(paragraphs[i].text) == biggest)
    while position + 1 < len(plain) and _leads_into(
        paragraphs, plain[position], plain[position + 1]
    ):
        position += 1
    return plain[position]


def _leads_into(paragraphs: list[Paragraph], first: int, second: int) -> bool:
    text, following = paragraphs[first].text, paragraphs[second].text
    if ends_with_lead_in(text):
        return True
    size = units(heading_text(text))
    return size <= KICKER_UNITS and units(heading_text(following)) > size


def _role_in_group(cls: str, index: int, headline: int) -> str:
    if index == headline:
        return TITLE
    if cls == PLAIN:
        return KICKER if index < headline else SUBTITLE
    return _ROLE_OF[cls]


def _resolve_group(
    paragraphs: list[Paragraph], group: list[int], classes: dict[int, str], have_article: bool
) -> HeadBlock | None:
    """Set the roles of one head group; return its block if it starts an article."""
    plain = [i for i in group if classes[i] == PLAIN]
    if have_article and plain and _closes_page(paragraphs, group):
        for i in plain:
            classes[i] = FURNITURE
        plain = []
    if not plain:
        for i in group:
            paragraphs[i].role = _ROLE_OF[classes[i]]
        return _column_block(paragraphs, group, have_article)
    headline = _pick_headline(paragraphs, plain)
    for i in group:
        paragraphs[i].role = _role_in_group(classes[i], i, headline)
    head = [i for i in group if i <= headline and paragraphs[i].role in (KICKER, COLUMN, TITLE)]
    return HeadBlock(start=head[0], title=headline, end=group[-1])


def _closes_page(paragraphs: list[Paragraph], group: list[int]) -> bool:
    """A heading with no text under it, at the end of the page, heads no article.

    It is a slogan or a banner (`## 奋进新征程 建功新时代`), so it is furniture of
    the article above; only furniture lines may follow it.
    """
    following = range(group[-1] + 1, len(paragraphs))
    return all(paragraphs[i].role == FURNITURE for i in following)


def _column_block(
    paragraphs: list[Paragraph], group: list[int], have_article: bool
) -> HeadBlock | None:
    """A column label heading with text under it and no headline starts a column piece.

    Columns are pieces of their own; when OCR lost the headline, the label is the
    best title there is. Before the first article it simply joins that article.
    """
    columns = [i for i in group if paragraphs[i].role == COLUMN]
    following = group[-1] + 1
    if not (have_article and columns and following < len(paragraphs)):
        return None
    return HeadBlock(start=columns[0], title=columns[0], end=group[-1])


def classify_headings(paragraphs: list[Paragraph]) -> list[HeadBlock]:
    """Set the role of every heading; return the head blocks of the articles they start."""
    groups = heading_groups(paragraphs)
    classes = {i: intrinsic_class(paragraphs[i].text) for group in groups for i in group}
    _resolve_series(paragraphs, classes)
    _resolve_bylined(paragraphs, groups, classes)
    blocks: list[HeadBlock] = []
    for group in groups:
        block = _resolve_group(paragraphs, group, classes, have_article=bool(blocks))
        if block is not None:
            blocks.append(block)
    return blocks
