"""Tags drawn as small rounded chips: a clickable `Chip` widget, a wrapping row of them,
and a delegate that paints an article's tags in the articles list.

One painting function serves all three, so a tag looks the same in the
list, above the reader and among the suggestions. A chip is a translucent
wash of the tag's colour (or of the text colour, for a tag without one)
with the text in the palette's text colour, so it reads in light and dark
themes alike. The delegate only measures and draws text: no widgets, no
documents, cheap enough for every visible row.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLayout,
    QLayoutItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
    QWidgetItem,
)

from reader.db.tags import leaf_of

PAD_X, PAD_Y, GAP = 6, 1, 4
CLOSE = "×"

ColorOf = Callable[[str], str | None]


def chip_fill(color: str | None, palette: QPalette) -> tuple[QColor, QColor]:
    """(fill, border) of a chip for a tag colour (None: a neutral grey wash)."""
    base = QColor(color) if color else palette.color(QPalette.ColorRole.Text)
    fill, border = QColor(base), QColor(base)
    fill.setAlpha(60 if color else 28)
    border.setAlpha(200 if color else 70)
    return fill, border


def chip_width(metrics: QFontMetrics, text: str) -> int:
    return metrics.horizontalAdvance(text) + 2 * PAD_X


def paint_chip(
    painter: QPainter, rect: QRectF, text: str, color: str | None, palette: QPalette
) -> None:
    fill, border = chip_fill(color, palette)
    painter.setPen(border)
    painter.setBrush(fill)
    radius = rect.height() / 2
    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
    painter.setPen(palette.color(QPalette.ColorRole.Text))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


class Chip(QWidget):
    """One tag as a chip. Click it: `activated`; click its × (or press Delete): `removed`."""

    activated = Signal(str)
    removed = Signal(str)

    def __init__(
        self, name: str, color: str | None, *, text: str = "", closable: bool = False,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.name, self.color, self.closable = name, color, closable
        self.text = text or name
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(self.sizePolicy().Policy.Fixed, self.sizePolicy().Policy.Fixed)

    def label(self) -> str:
        return f"{self.text} {CLOSE}" if self.closable else self.text

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(chip_width(metrics, self.label()), metrics.height() + 2 * PAD_Y + 2)

    def close_rect(self) -> QRect:
        """Where the × is (empty when the chip cannot be removed)."""
        if not self.closable:
            return QRect()
        width = self.fontMetrics().horizontalAdvance(CLOSE) + PAD_X + 2
        return QRect(self.width() - width, 0, width, self.height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_chip(painter, QRectF(self.rect()), self.label(), self.color, self.palette())
        if self.hasFocus():
            painter.setPen(self.palette().color(QPalette.ColorRole.Highlight))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            radius = self.height() / 2
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), radius, radius)
        painter.end()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        if event.button() != Qt.MouseButton.LeftButton or not self.rect().contains(point):
            return
        if self.close_rect().contains(point):
            self.removed.emit(self.name)
        else:
            self.activated.emit(self.name)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated.emit(self.name)
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.closable:
            self.removed.emit(self.name)
        else:
            super().keyPressEvent(event)


class FlowLayout(QLayout):
    """Widgets left to right, wrapping onto new lines (Qt's flow layout example)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = GAP) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def insert_widget(self, position: int, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self._items.insert(position, QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        for item in self._items:
            if item.widget() is not None and item.widget().isHidden():
                continue
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and line > 0:
                x, y, line = rect.x(), y + line + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y()


class TagChipsDelegate(QStyledItemDelegate):
    """Paints a list cell's tags (a list of names in `role`) as chips, eliding what won't fit.

    A chip shows the last part of a hierarchical name (解放区 for 地点/解放区): a list
    column is narrow, and the colour already tells the families apart. The cell's tooltip
    lists the full names.
    """

    def __init__(self, role: int, color_of: ColorOf, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._role = role
        self._color_of = color_of

    def helpEvent(
        self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,
        index: QModelIndex,
    ) -> bool:  # fmt: skip
        names = index.data(self._role) or []
        if event.type() != QEvent.Type.ToolTip or not names:
            return super().helpEvent(event, view, option, index)
        QToolTip.showText(event.globalPos(), "\n".join(names), view)
        return True

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        names = index.data(self._role) or []
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_names(painter, option, names)
        painter.restore()

    def _paint_names(self, painter: QPainter, option: QStyleOptionViewItem, names: list) -> None:
        metrics = option.fontMetrics
        rect = option.rect.adjusted(2, 2, -2, -2)
        height = min(rect.height(), metrics.height() + 2 * PAD_Y)
        top = rect.top() + (rect.height() - height) / 2
        more_width = metrics.horizontalAdvance("…") + 2
        x, right = rect.left(), rect.right()
        for n, name in enumerate(names):
            label, more = leaf_of(name), n < len(names) - 1
            width = chip_width(metrics, label)
            room = right - x - (more_width + GAP if more else 0)
            if width > room:
                if n == 0 and room > 2 * PAD_X + more_width:  # the first chip, elided
                    label = metrics.elidedText(label, Qt.TextElideMode.ElideRight, room - 2 * PAD_X)
                    self._chip(painter, option, QRectF(x, top, room, height), label, name)
                    x += room + GAP
                if x + more_width <= right + GAP:
                    painter.setPen(option.palette.color(QPalette.ColorRole.Text))
                    painter.drawText(QPointF(x, top + metrics.ascent() + PAD_Y), "…")
                return
            self._chip(painter, option, QRectF(x, top, width, height), label, name)
            x += width + GAP

    def _chip(
        self, painter: QPainter, option: QStyleOptionViewItem, rect: QRectF, label: str, name: str
    ) -> None:
        paint_chip(painter, rect, label, self._color_of(name), option.palette)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        names = index.data(self._role) or []
        metrics = option.fontMetrics
        width = sum(chip_width(metrics, leaf_of(name)) + GAP for name in names) + 4
        return QSize(width, metrics.height() + 2 * PAD_Y + 4)
