"""Draw one article into a QTextDocument, block by block, and map positions back to paragraphs.

Each stored paragraph becomes exactly one text block, styled by its role
(headline, kicker, subtitle, section, column name, caption, furniture, body).
Heading `#` marks are not shown; line breaks inside a paragraph become
U+2028 line separators so the paragraph stays one block. Every substitution
is one character for one character, so `PositionMap` can say exactly which
stored paragraph, at which offset, a position in the view shows, and back.
Later features (highlights, flags) draw on the document through this map.

A few blocks are not paragraphs (the byline line, a headline for an article
whose title is not a heading): they map to nothing. The ¶ number of a
paragraph is kept in its block's userState for the reader's margin, never
in the text, so copying a paragraph never copies its number.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from reader import model
from reader.db.articles import ArticleRow, ParagraphRow

HEADING_MARKS = re.compile(r"[ \t]*#+[ \t]*")
# One character in, one character out: line breaks stay inside the block.
_SHOWN = str.maketrans({"\n": "\u2028", "\u2029": "\u2028", "\r": "\u200b", "\x00": "\ufffd"})
SERIF_FAMILIES = ["Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", "serif"]
NO_PARAGRAPH = -1  # userState of blocks that show no stored paragraph


@dataclass(frozen=True)
class ReaderStyle:
    """What the document is drawn with; `size` is the body text size in points (zoom applied)."""

    size: float = 13.0
    families: tuple[str, ...] = tuple(SERIF_FAMILIES)
    text: QColor = field(default_factory=lambda: QColor("#1b1b1b"))
    muted: QColor = field(default_factory=lambda: QColor("#6b6b6b"))
    accent: QColor = field(default_factory=lambda: QColor("#9b1c1c"))


@dataclass(frozen=True)
class Span:
    """Where one paragraph sits in the document."""

    paragraph_id: int
    number: int  # ¶n: 1-based position in the article
    start: int  # document position of the block's first character
    length: int  # the block's length in document positions (UTF-16 units)
    hidden: int  # characters of the stored text not shown (leading `#` marks)
    shown: int  # characters shown (code points)
    wide: tuple[int, ...] = ()  # shown code-point offsets of characters outside the BMP

    def to_offset(self, position: int) -> int:
        """Document position inside this block → offset in the stored paragraph text."""
        units = min(max(position - self.start, 0), self.length)
        ends = [w + k + 1 for k, w in enumerate(self.wide)]
        return self.hidden + units - bisect_right(ends, units)

    def to_position(self, offset: int) -> int:
        """Offset in the stored paragraph text → document position (clamped to the block)."""
        shown = min(max(offset - self.hidden, 0), self.shown)
        return self.start + shown + bisect_left(self.wide, shown)


class PositionMap:
    """Document positions ↔ (paragraph id, offset in that paragraph's stored text)."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans = sorted(spans, key=lambda span: span.start)
        self._starts = [span.start for span in self.spans]
        self._by_id = {span.paragraph_id: span for span in self.spans}

    def locate(self, position: int) -> tuple[int, int] | None:
        """The paragraph and offset shown at `position`; None outside any paragraph."""
        i = bisect_right(self._starts, position) - 1
        if i < 0:
            return None
        span = self.spans[i]
        if position > span.start + span.length:
            return None
        return span.paragraph_id, span.to_offset(position)

    def position_of(self, paragraph_id: int, offset: int) -> int | None:
        """Where `offset` of a paragraph is shown; None if the paragraph is not in view."""
        span = self._by_id.get(paragraph_id)
        return span.to_position(offset) if span else None

    def span(self, paragraph_id: int) -> Span | None:
        return self._by_id.get(paragraph_id)

    @property
    def paragraph_ids(self) -> list[int]:
        return [span.paragraph_id for span in self.spans]


def shown_text(paragraph: ParagraphRow, role: str) -> tuple[str, int]:
    """The text a paragraph shows and how many leading characters it hides."""
    hidden = 0
    if role in HEADING_ROLES or paragraph.text.lstrip().startswith("#"):
        match = HEADING_MARKS.match(paragraph.text)
        hidden = match.end() if match and "#" in match.group() else 0
    return paragraph.text[hidden:].translate(_SHOWN), hidden


HEADING_ROLES = (model.TITLE, model.KICKER, model.SUBTITLE, model.SECTION)
HEAD_ROLES = (model.KICKER, model.TITLE, model.SUBTITLE)


def paragraph_role(paragraph: ParagraphRow) -> str:
    """The stored role, except that an unclassified `#` line is drawn as a section heading."""
    if paragraph.role == model.BODY and paragraph.text.lstrip().startswith("#"):
        return model.SECTION
    return paragraph.role if paragraph.role in model.PARAGRAPH_ROLES else model.BODY


class ArticleDocumentBuilder:
    """Builds the document for one article with one style."""

    def __init__(self, style: ReaderStyle) -> None:
        self.style = style
        self.document = QTextDocument()
        self.document.setDocumentMargin(_points_to_pixels(style.size * 1.2))
        self.document.setDefaultFont(self._font(1.0))
        self.cursor = QTextCursor(self.document)
        self.spans: list[Span] = []
        self._empty = True

    def build(self, article: ArticleRow) -> tuple[QTextDocument, PositionMap]:
        roles = [paragraph_role(p) for p in article.paragraphs]
        if model.TITLE not in roles:
            self._decoration(*_headline_stand_in(article))
        byline_done = False
        for number, (paragraph, role) in enumerate(zip(article.paragraphs, roles, strict=True), 1):
            if not byline_done and role not in HEAD_ROLES:
                byline_done = self._byline(article)
            self._paragraph(paragraph, role, article.first_paragraph, number)
        if not byline_done:
            self._byline(article)
        self.document.clearUndoRedoStacks()
        return self.document, PositionMap(self.spans)

    def _paragraph(self, paragraph: ParagraphRow, role: str, first: int, fallback: int) -> None:
        text, hidden = shown_text(paragraph, role)
        number = paragraph.position - first + 1 if paragraph.position >= first else fallback
        start = self._add_block(text, role, number)
        wide = tuple(i for i, ch in enumerate(text) if ord(ch) > 0xFFFF)
        length = self.cursor.position() - start
        self.spans.append(Span(paragraph.id, number, start, length, hidden, len(text), wide))

    def _byline(self, article: ArticleRow) -> bool:
        if article.byline and article.kind != model.PHOTO:
            self._decoration(article.byline.translate(_SHOWN), BYLINE)
        return True

    def _decoration(self, text: str, role: str) -> None:
        self._add_block(text, role, NO_PARAGRAPH)

    def _add_block(self, text: str, role: str, user_state: int) -> int:
        block_format, char_format = self._formats(role)
        if self._empty:
            self.cursor.setBlockFormat(block_format)
            self.cursor.setBlockCharFormat(char_format)
            self._empty = False
        else:
            self.cursor.insertBlock(block_format, char_format)
        start = self.cursor.position()
        self.cursor.insertText(text, char_format)
        self.cursor.block().setUserState(user_state)
        return start

    # -- styles ---------------------------------------------------------------

    def _font(self, scale: float, *, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont()
        font.setFamilies(list(self.style.families))
        font.setPointSizeF(self.style.size * scale)
        font.setBold(bold)
        font.setItalic(italic)
        return font

    def _formats(self, role: str) -> tuple[QTextBlockFormat, QTextCharFormat]:
        look = LOOKS.get(role, LOOKS[model.BODY])
        font = self._font(look.scale, bold=look.bold, italic=look.italic)
        char_format = QTextCharFormat()
        char_format.setFont(font)
        char_format.setForeground(getattr(self.style, look.color))
        block_format = QTextBlockFormat()
        block_format.setAlignment(look.align)
        block_format.setLineHeight(
            look.line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
        )
        em = QFontMetricsF(font).horizontalAdvance("\u56fd")  # one CJK character
        block_format.setTopMargin(em * look.above)
        block_format.setBottomMargin(em * look.below)
        block_format.setTextIndent(em * look.indent)
        return block_format, char_format


BYLINE = "byline"
PHOTO_LABEL = "photo_label"


@dataclass(frozen=True)
class Look:
    scale: float = 1.0
    bold: bool = False
    italic: bool = False
    color: str = "text"
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignJustify
    line_height: float = 160
    above: float = 0.0  # margins and indent in CJK character widths
    below: float = 0.6
    indent: float = 0.0


_CENTER = Qt.AlignmentFlag.AlignHCenter
LOOKS = {
    model.KICKER: Look(1.1, align=_CENTER, line_height=130, above=0.4, below=0.2),
    model.TITLE: Look(1.9, bold=True, align=_CENTER, line_height=125, above=0.3, below=0.3),
    model.SUBTITLE: Look(1.15, align=_CENTER, line_height=130, below=0.3),
    BYLINE: Look(0.9, color="muted", align=_CENTER, line_height=130, below=1.0),
    PHOTO_LABEL: Look(0.9, bold=True, color="muted", align=_CENTER, line_height=130, below=0.4),
    model.SECTION: Look(1.1, bold=True, line_height=140, above=0.6, below=0.4),
    model.COLUMN: Look(0.95, bold=True, color="accent", line_height=130, below=0.4),
    model.CAPTION: Look(0.85, italic=True, color="muted", line_height=140, below=0.8),
    model.FURNITURE: Look(0.85, italic=True, color="muted", align=_CENTER, line_height=140),
    model.BODY: Look(indent=2.0),
}


def _headline_stand_in(article: ArticleRow) -> tuple[str, str]:
    """What stands above an article whose title is not one of its paragraphs, and its look."""
    if article.kind == model.PHOTO:
        return QCoreApplication.translate("ArticleDocument", "Photo"), PHOTO_LABEL
    return article.title.translate(_SHOWN), model.TITLE


def _points_to_pixels(points: float) -> float:
    return points * 96 / 72


def build_article_document(
    article: ArticleRow, style: ReaderStyle
) -> tuple[QTextDocument, PositionMap]:
    return ArticleDocumentBuilder(style).build(article)
