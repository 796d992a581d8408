"""Flags drawn on the reader: coloured marks in the ¶ margin, and the span a flag is about.

Marks are painted by the reader's margin (through `margin_painters`), one
small badge beside ¶n in the colour of its (first open) flag's kind: filled
while open, outlined once confirmed, faded once dismissed; a second flag on
the paragraph adds a dot in its colour. Hovering a badge lists the flags;
clicking it selects the one it shows. The highlighted span is painted by a
transparent overlay on the reader's viewport rather than by formats or
extra selections, so the document (and its PositionMap) is never touched
and the annotation highlights, drawn into the document, are left alone.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QTextBlock,
)
from PySide6.QtWidgets import QWidget

from reader.db.flag_views import PlacedFlag
from reader.ui import flag_text
from reader.ui.reader_view import ReaderView

MARK_ROOM = 1.7  # margin room for one badge, in margin-font line heights (narrow readers)


class FlagMarks(QObject):
    """The margin marks of the flags of the article in the reader."""

    clicked = Signal(int)  # flag id

    def __init__(self, reader: ReaderView) -> None:
        super().__init__(reader)
        self._reader = reader
        self._by_paragraph: dict[int, list[PlacedFlag]] = {}
        reader.margin_painters.append(self.paint)
        reader.margin_tips["flags"] = self._tips
        reader.margin.installEventFilter(self)
        reader.margin.setMouseTracking(True)

    def show_flags(self, flags: list[PlacedFlag]) -> None:
        """Mark these flags; the margin widens for them only while the article has some."""
        self._by_paragraph = {}
        for flag in flags:
            self._by_paragraph.setdefault(flag.flag.paragraph_id, []).append(flag)
        room = MARK_ROOM if flags else 0.0
        if room != self._reader.margin_extra:
            self._reader.margin_extra = room
            self._reader.refresh_margin()
        else:
            self._reader.margin.update()

    def flags_in_block(self, block: QTextBlock) -> list[PlacedFlag]:
        """Flags of the paragraphs a block shows (a joined block of the clean view: several)."""
        found: list[PlacedFlag] = []
        for paragraph_id in self._reader.paragraph_ids_in_block(block):
            for flag in self._by_paragraph.get(paragraph_id, []):
                if flag not in found:
                    found.append(flag)
        return found

    def _tips(self, block: QTextBlock) -> list[str]:
        return [flag_text.tooltip(f) for f in self.flags_in_block(block)]

    # -- painting ---------------------------------------------------------------

    def paint(self, painter: QPainter, block: QTextBlock, rect: QRectF) -> None:
        flags = self.flags_in_block(block)
        if not flags:
            return
        size = min(rect.height(), painter.fontMetrics().height() * 1.2)
        label = painter.fontMetrics().horizontalAdvance(f"¶{block.userState()}")
        right = rect.width() - label - 6 - size * 0.3  # just left of the ¶n the reader drew
        font = QFont(painter.font())
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF() * 0.95, 7.0))
        painter.setFont(font)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(max(right - size, 1), rect.top() + (rect.height() - size) / 2, size, size)
        first = front(flags)
        _badge(painter, box, first)
        others = [f for f in flags if f is not first]
        if others:  # a dot in the next one's colour: the tooltip lists them all
            _dot(painter, box, others[0])

    def mark_at(self, point: QPoint) -> list[PlacedFlag]:
        """The flags whose marks are on the margin line at `point` (margin coordinates)."""
        block = self._reader.cursorForPosition(QPoint(0, point.y())).block()
        return self.flags_in_block(block) if block.isValid() else []

    # -- click ----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            flags = self.mark_at(event.position().toPoint())
            if flags and event.button() == Qt.MouseButton.LeftButton:
                self.clicked.emit(front(flags).id)
                return True
        return False


def front(flags: list[PlacedFlag]) -> PlacedFlag:
    """The flag a paragraph's badge shows: its first open one, else its first."""
    return next((f for f in flags if f.flag.state == "open"), flags[0])


def _badge(painter: QPainter, box: QRectF, flag: PlacedFlag) -> None:
    """A rounded square in the kind's colour with its glyph; its fill tells the state."""
    color = flag_text.kind_color(flag.flag.kind)
    state = flag.flag.state
    if state == "dismissed":
        painter.setOpacity(0.4)
    painter.setPen(QPen(color, 1.2))
    painter.setBrush(color if state == "open" else QColor(0, 0, 0, 0))
    painter.drawRoundedRect(box, 3, 3)
    painter.setPen(QColor("white") if state == "open" else color)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, flag_text.kind_glyph(flag.flag.kind))
    painter.setOpacity(1.0)


def _dot(painter: QPainter, box: QRectF, flag: PlacedFlag) -> None:
    """A second flag on the same paragraph: a small disc on the badge's upper right corner."""
    radius = box.width() * 0.24
    center = QPointF(box.right(), box.top())
    painter.setPen(QPen(QColor("white"), 1.0))
    painter.setBrush(flag_text.kind_color(flag.flag.kind))
    painter.drawEllipse(center, radius, radius)


class SpanHighlight(QWidget):
    """A see-through layer over the reader's viewport painting a few document ranges."""

    def __init__(self, reader: ReaderView) -> None:
        super().__init__(reader.viewport())
        self.setObjectName("flag_highlight")
        self._reader = reader
        self.ranges: list[tuple[int, int, QColor]] = []  # document positions, end exclusive
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        reader.viewport().installEventFilter(self)
        reader.verticalScrollBar().valueChanged.connect(self._follow)
        reader.horizontalScrollBar().valueChanged.connect(self._follow)
        self._follow()

    def set_ranges(self, ranges: list[tuple[int, int, QColor]]) -> None:
        self.ranges = ranges
        self.update()

    def _follow(self) -> None:
        """Stay over the whole viewport (scrolling moves the viewport's children)."""
        self.setGeometry(self._reader.viewport().rect())
        self.raise_()
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._follow()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.ranges:
            return
        painter = QPainter(self)
        offset = QPointF(
            -self._reader.horizontalScrollBar().value(), -self._reader.verticalScrollBar().value()
        )
        for start, end, color in self.ranges:
            fill = QColor(color)
            fill.setAlpha(70)
            for rect in range_rects(self._reader, start, end):
                painter.fillRect(rect.translated(offset), fill)
        painter.end()


def range_rects(reader: ReaderView, start: int, end: int) -> list[QRectF]:
    """Document-coordinate rectangles covering positions [start, end), line by line."""
    rects: list[QRectF] = []
    block = reader.document().findBlock(start)
    while block.isValid() and block.position() < end:
        layout = block.layout()
        origin = layout.position()
        base = block.position()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            lo = max(start, base + line.textStart())
            hi = min(end, base + line.textStart() + line.textLength())
            if lo < hi:
                x1 = line.cursorToX(lo - base)[0]
                x2 = line.cursorToX(hi - base)[0]
                rects.append(QRectF(origin.x() + x1, origin.y() + line.y(), x2 - x1, line.height()))
        block = block.next()
    return rects
