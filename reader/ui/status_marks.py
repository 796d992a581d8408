"""Proofreading status as people see it: names and small icons, in Wikisource's colours.

Not proofread is a quiet hollow ring (most articles are, and a page of red
would say nothing); problematic is blue with "!", proofread yellow with a
tick, validated green with a double tick, as on Wikisource's page lists.
The icons are drawn with QPainter at twice their size, so they stay crisp
on high-DPI screens, and made once.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap

from reader.annotate.articles import NOT_PROOFREAD, PROBLEMATIC, PROOFREAD, STATUSES, VALIDATED

CONTEXT = "StatusMarks"
STATUS_NAMES = {
    NOT_PROOFREAD: QT_TRANSLATE_NOOP("StatusMarks", "not proofread"),
    PROBLEMATIC: QT_TRANSLATE_NOOP("StatusMarks", "problematic"),
    PROOFREAD: QT_TRANSLATE_NOOP("StatusMarks", "proofread"),
    VALIDATED: QT_TRANSLATE_NOOP("StatusMarks", "validated"),
}
COLORS = {
    NOT_PROOFREAD: QColor("#9a9a9a"),
    PROBLEMATIC: QColor("#4c63c9"),
    PROOFREAD: QColor("#d9a400"),
    VALIDATED: QColor("#2e8b3e"),
}
ICON_SIZE = 14
_icons: dict[str, QIcon] = {}


def status_name(status: str) -> str:
    return QCoreApplication.translate(CONTEXT, STATUS_NAMES.get(status, status))


def status_icon(status: str) -> QIcon:
    """The icon of a status (an unknown status gets the not-proofread ring)."""
    key = status if status in STATUSES else NOT_PROOFREAD
    if key not in _icons:
        _icons[key] = _draw(key)
    return _icons[key]


def _draw(status: str) -> QIcon:
    pixmap = QPixmap(ICON_SIZE * 2, ICON_SIZE * 2)
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = COLORS[status]
    ring = QRectF(1.5, 1.5, ICON_SIZE - 3, ICON_SIZE - 3)
    if status == NOT_PROOFREAD:
        painter.setPen(QPen(color, 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(ring)
    else:
        painter.setPen(QPen(color.darker(130), 1))
        painter.setBrush(color)
        painter.drawEllipse(ring)
        _mark(painter, status)
    painter.end()
    return QIcon(pixmap)


def _mark(painter: QPainter, status: str) -> None:
    """The white sign inside a filled status: ! for problematic, ticks for the others."""
    pen = QPen(QColor("white"), 1.6)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if status == PROBLEMATIC:
        font = QFont()
        font.setBold(True)
        font.setPixelSize(ICON_SIZE - 4)
        painter.setFont(font)
        painter.drawText(QRectF(0, 0, ICON_SIZE, ICON_SIZE), Qt.AlignmentFlag.AlignCenter, "!")
        return
    shifts = (-1.6, 1.6) if status == VALIDATED else (0.0,)
    for dx in shifts:
        path = QPainterPath(QPointF(3.8 + dx, 7.2))
        path.lineTo(QPointF(6.0 + dx, 9.6))
        path.lineTo(QPointF(10.2 + dx, 4.6))
        painter.drawPath(path)
