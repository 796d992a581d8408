"""Annotations drawn on the reader's document, and selections turned into annotation anchors.

Highlights are character formats merged onto the document the reader
already shows: the text is never changed, so `PositionMap` stays valid, and
another feature's extra selections (which QTextEdit keeps in one list) are
never overwritten. To take a highlight away the reader redraws its document
(a few milliseconds) and every decoration is drawn again from the library.

Everything here goes through `PositionMap`, so the decorations land on the
right characters whatever the document hides (heading marks) or adds (the
byline line, a stand-in headline), and in any view that keeps the stored
paragraph text (not the corrected view, whose text differs).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QTextCharFormat, QTextCursor

from reader.annotate.model import IMPORTANT, NOTE, OCR_ERROR, QUESTION, Annotation
from reader.ui.article_document import PositionMap
from reader.ui.settings import HIGHLIGHT_COLORS, Settings

CONTEXT = "Annotations"
Position = tuple[int, int]  # (paragraph id, offset in its stored text)

CATEGORY_NAMES = {
    OCR_ERROR: QT_TRANSLATE_NOOP("Annotations", "OCR error"),
    NOTE: QT_TRANSLATE_NOOP("Annotations", "Note"),
    IMPORTANT: QT_TRANSLATE_NOOP("Annotations", "Important"),
    QUESTION: QT_TRANSLATE_NOOP("Annotations", "Question"),
}
# Drawn in this order, so where highlights overlap an OCR error shows on top.
PAINT_ORDER = (IMPORTANT, QUESTION, NOTE, OCR_ERROR)
OCR_UNDERLINE = QColor("#c62828")


def category_name(category: str) -> str:
    return QCoreApplication.translate(CONTEXT, CATEGORY_NAMES.get(category, category))


def category_color(settings: Settings, category: str) -> QColor:
    """The colour chosen in Preferences for a category (its default if unreadable)."""
    option = HIGHLIGHT_COLORS.get(category)
    if option is None:
        return QColor("#dddddd")
    color = QColor(settings.get(option))
    return color if color.isValid() else QColor(option.default)


def annotation_color(settings: Settings, annotation: Annotation) -> QColor:
    """An annotation's own colour if it has one, else its category's."""
    own = QColor(annotation.color) if annotation.color else QColor()
    return own if own.isValid() else category_color(settings, annotation.category)


_SWATCHES: dict[tuple[str, int], QIcon] = {}


def swatch_icon(color: QColor, size: int = 16) -> QIcon:
    """A small rounded square of a colour, for menus, toolbars and lists (made once per colour)."""
    key = (color.name(QColor.NameFormat.HexArgb), size)
    if key not in _SWATCHES:
        _SWATCHES[key] = _draw_swatch(color, size)
    return _SWATCHES[key]


def _draw_swatch(color: QColor, size: int) -> QIcon:
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(color.darker(150))
    painter.setBrush(color)
    painter.drawRoundedRect(2, 2, size - 4, size - 4, 3, 3)
    painter.end()
    return QIcon(pixmap)


# -- selections ↔ anchors --------------------------------------------------------


def selection_anchors(spans: PositionMap, start: int, end: int) -> tuple[Position, Position] | None:
    """The stored-text anchors of a document selection, leaving out what is not paragraph text.

    The start is the first selected character that belongs to a paragraph,
    the end the last one (exclusive); None if the selection holds none.
    """
    first: Position | None = None
    last: Position | None = None
    for span in spans.spans:
        low, high = max(start, span.start), min(end, span.start + span.length)
        if low >= high:
            continue
        if first is None:
            first = (span.paragraph_id, span.to_offset(low))
        last = (span.paragraph_id, span.to_offset(high))
    if first is None or last is None:
        return None
    return first, last


def document_range(spans: PositionMap, annotation: Annotation) -> tuple[int, int] | None:
    """Where an annotation is shown in the document; None if none of it is in view.

    An end outside the view (the annotation runs on into another article)
    is drawn to the end of the view.
    """
    if annotation.orphaned or annotation.start_paragraph_id is None:
        return None
    start = spans.position_of(annotation.start_paragraph_id, annotation.start_offset or 0)
    end = None
    if annotation.end_paragraph_id is not None:
        end = spans.position_of(annotation.end_paragraph_id, annotation.end_offset or 0)
    if start is None:
        return None
    if end is None and spans.spans:
        last = spans.spans[-1]
        end = last.start + last.length
    return (start, end) if end is not None and end > start else None


# -- drawing -----------------------------------------------------------------------


@dataclass(frozen=True)
class Drawn:
    start: int
    end: int
    annotation: Annotation


class Highlighter:
    """Draws one article's annotations onto a document and answers "what is here?"."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.drawn: list[Drawn] = []

    def paint(
        self, cursor: QTextCursor, spans: PositionMap, annotations: Iterable[Annotation], dark: bool
    ) -> list[Drawn]:
        """Merge a background (and for OCR errors a wavy underline) over each annotation."""
        self.drawn = []
        ordered = sorted(annotations, key=_paint_rank)
        document = cursor.document()
        for annotation in ordered:
            found = document_range(spans, annotation)
            if found is None:
                continue
            cursor.setPosition(found[0])
            cursor.setPosition(found[1], QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(self.char_format(annotation, dark))
            self.drawn.append(Drawn(found[0], found[1], annotation))
        document.clearUndoRedoStacks()  # formats are decoration, not edits anyone could undo
        return self.drawn

    def char_format(self, annotation: Annotation, dark: bool) -> QTextCharFormat:
        color = QColor(annotation_color(self.settings, annotation))
        if dark:  # over a dark page a light colour would drown light text: let the page through
            color.setAlphaF(0.42)
        found = QTextCharFormat()
        found.setBackground(color)
        if annotation.category == OCR_ERROR:
            found.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            found.setUnderlineColor(OCR_UNDERLINE)
        return found

    def at(self, position: int) -> list[Annotation]:
        """The annotations drawn over a document position, in text order."""
        return [d.annotation for d in self.drawn if d.start <= position < d.end]

    def clear(self) -> None:
        self.drawn = []


def _paint_rank(annotation: Annotation) -> tuple[int, int]:
    rank = PAINT_ORDER.index(annotation.category) if annotation.category in PAINT_ORDER else 0
    return rank, annotation.text_start or 0
