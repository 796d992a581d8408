"""Plain data passed between the importer, the detectors and the library.

These classes carry no behaviour and import nothing heavy, so the parser,
the detectors and the storage layer can agree on shapes without importing
each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Roles a paragraph can play inside an issue. Headings keep their `#` marks in
# the stored text; the role says what the heading *is*.
BODY = "body"
TITLE = "title"  # the headline of an article
KICKER = "kicker"  # 肩题: short line above the headline
SUBTITLE = "subtitle"  # 副题: "——…" line under the headline
SECTION = "section"  # a sub-heading inside an article (元素一 …)
COLUMN = "column"  # a column label (□号 角)
CAPTION = "caption"  # a photo caption (… 本报通讯员 马强 摄)
FURNITURE = "furniture"  # page furniture: QR-code blurbs, slogans, signatures
PARAGRAPH_ROLES = (BODY, TITLE, KICKER, SUBTITLE, SECTION, COLUMN, CAPTION, FURNITURE)

# Kinds of article.
NEWS = "news"
COMMENTARY = "commentary"
PHOTO = "photo"
ARTICLE_KINDS = (NEWS, COMMENTARY, PHOTO, FURNITURE)


@dataclass
class Paragraph:
    """A run of non-blank lines, verbatim, with where it sits in the decoded text.

    `gap_before` is the exact text between the previous paragraph (or the
    front matter) and this one, so the decoded text is always
    `head + "".join(p.gap_before + p.text for p in paragraphs) + tail`.
    """

    position: int
    text: str
    start: int
    end: int
    gap_before: str = ""
    role: str = BODY

    @property
    def is_heading(self) -> bool:
        return self.text.startswith("#")


@dataclass
class Article:
    """A headline-led unit: a contiguous range of paragraphs `first..last` (inclusive)."""

    first: int
    last: int
    title: str
    kind: str = NEWS
    kicker: str | None = None
    subtitle: str | None = None
    byline: str | None = None
    column: str | None = None
    sections: list[str] = field(default_factory=list)


@dataclass
class IssueMeta:
    """What the file says about itself (front matter) or its name says (a date)."""

    publication: str | None = None
    date: str | None = None  # ISO yyyy-mm-dd
    page: str | None = None
    title: str | None = None


@dataclass
class ParsedIssue:
    """One decoded issue file, split into paragraphs and articles."""

    text: str
    head: str
    tail: str
    meta: IssueMeta
    paragraphs: list[Paragraph]
    articles: list[Article]
    encoding: str = "utf-8"

    def rebuild_text(self) -> str:
        """The decoded text, from the stored pieces; equals `text` by construction."""
        body = "".join(p.gap_before + p.text for p in self.paragraphs)
        return self.head + body + self.tail
