"""The reader pane: one article, read-only, selectable, zoomable, with ¶ numbers in its margin.

The numbers are painted by a narrow widget beside the text (like a code
editor's line numbers) from each block's userState, so they are never part
of the text: selecting and copying a paragraph copies only the paragraph.
Zoom rebuilds the document at the new size (a few milliseconds) because
the document's fonts are sized explicitly per role.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextBlock,
    QTextCursor,
)
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from reader.db.articles import ArticleRow
from reader.ui.article_document import PositionMap, ReaderStyle, build_article_document

ZOOM_STEP = 1.1
MIN_ZOOM, MAX_ZOOM = -6, 12
BASE_POINT_SIZE = 13.0


class ParagraphMargin(QWidget):
    """Paints ¶n beside the first line of each paragraph of the reader."""

    def __init__(self, reader: ReaderView) -> None:
        super().__init__(reader)
        self._reader = reader

    def sizeHint(self) -> QSize:
        return QSize(self._reader.margin_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._reader.paint_margin(self, event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            block = self._reader.cursorForPosition(QPoint(0, event.pos().y())).block()
            tips = self._reader.margin_tips_for(block) if block.isValid() else []
            if tips:
                QToolTip.showText(event.globalPos(), "\n".join(tips), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)


class ReaderView(QTextEdit):
    """Shows one article drawn from its stored paragraphs."""

    article_changed = Signal(int)  # article id, -1 when cleared
    zoom_changed = Signal(int)
    # After every new document (article, zoom, redraw): decorations are drawn again on it.
    document_rebuilt = Signal()
    # The context menu before it shows (QMenu, viewport position): features add their entries.
    context_menu_requested = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reader")
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setAcceptDrops(False)  # files dropped here go to the window's import
        self.setPlaceholderText(self.tr("Choose an article to read it here."))
        self.article: ArticleRow | None = None
        self.map = PositionMap([])
        # Views derived from the article (corrected, clean …) by name, applied in name order.
        self.view_filters: dict[str, Callable[[ArticleRow], ArticleRow]] = {}
        # A view that joins or cuts paragraphs maps its blocks back to stored offsets here.
        self.map_adjusters: dict[str, Callable[[PositionMap], PositionMap]] = {}
        # Drawn beside ¶n (painter, block, rect of its first line); `margin_extra` makes room
        # for them, in line heights of the margin font (so it follows the zoom).
        self.margin_painters: list[Callable[[QPainter, QTextBlock, QRectF], None]] = []
        self.margin_extra = 0.0
        # What hovering the margin beside a block tells, by feature name (in name order).
        self.margin_tips: dict[str, Callable[[QTextBlock], list[str]]] = {}
        self.zoom = 0
        self.margin = ParagraphMargin(self)
        self.verticalScrollBar().valueChanged.connect(self.margin.update)
        self._update_margin_geometry()

    # -- contents -------------------------------------------------------------

    def show_article(self, article: ArticleRow | None) -> None:
        """Draw an article from the top; the same article again keeps its place (a refresh)."""
        same = article is not None and self.article is not None and article.id == self.article.id
        place = self.verticalScrollBar().value() if same else 0
        self.article = article
        self._rebuild()
        self.verticalScrollBar().setValue(place)
        self.article_changed.emit(article.id if article else -1)

    def style_now(self) -> ReaderStyle:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        dark = text.lightness() > 128
        return ReaderStyle(
            size=BASE_POINT_SIZE * ZOOM_STEP**self.zoom,
            text=text,
            muted=palette.color(QPalette.ColorRole.PlaceholderText),
            accent=QColor("#e57373") if dark else QColor("#9b1c1c"),
        )

    def _rebuild(self) -> None:
        if self.article is None:
            self.clear()
            self.map = PositionMap([])
        else:
            shown = self.article
            for name in sorted(self.view_filters):
                shown = self.view_filters[name](shown)
            document, self.map = build_article_document(shown, self.style_now())
            for name in sorted(self.map_adjusters):
                self.map = self.map_adjusters[name](self.map)
            document.setParent(self)
            old = self.document()
            ours = old.parent() is self  # the first document belongs to QTextEdit itself
            self.setDocument(document)
            if ours:
                old.deleteLater()
        self._update_margin_geometry()
        self.margin.update()
        self.document_rebuilt.emit()

    def margin_tips_for(self, block: QTextBlock) -> list[str]:
        tips = self.margin_tips
        return [tip for name in sorted(tips) for tip in tips[name](block)]

    def paragraph_ids_in_block(self, block: QTextBlock) -> list[int]:
        """The paragraphs a block shows (one, or several joined by the clean view)."""
        lo, hi = block.position(), block.position() + block.length()
        return [
            span.paragraph_id
            for span in self.map.spans
            if lo <= span.start < hi or (span.start <= lo < span.start + max(span.length, 1))
        ]

    def redraw(self) -> None:
        """Build the document again (a view filter or what is drawn on it changed), in place."""
        place = self.verticalScrollBar().value()
        self._rebuild()
        self.verticalScrollBar().setValue(place)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        self.context_menu_requested.emit(menu, event.pos())  # in viewport coordinates
        menu.exec(event.globalPos())
        menu.deleteLater()

    # -- zoom -----------------------------------------------------------------

    def set_zoom(self, level: int) -> None:
        level = max(MIN_ZOOM, min(MAX_ZOOM, level))
        if level == self.zoom:
            return
        bar = self.verticalScrollBar()
        fraction = bar.value() / bar.maximum() if bar.maximum() else 0.0
        self.zoom = level
        self._rebuild()
        bar.setValue(round(fraction * bar.maximum()))
        self.zoom_changed.emit(level)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom + 1)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom - 1)

    def zoom_reset(self) -> None:
        self.set_zoom(0)

    # -- paging ---------------------------------------------------------------

    def page_forward(self) -> bool:
        """Scroll one screen down; False when already at the bottom."""
        bar = self.verticalScrollBar()
        if bar.value() >= bar.maximum():
            return False
        bar.setValue(bar.value() + self._page_step())
        return True

    def page_back(self) -> bool:
        """Scroll one screen up; False when already at the top."""
        bar = self.verticalScrollBar()
        if bar.value() <= bar.minimum():
            return False
        bar.setValue(bar.value() - self._page_step())
        return True

    def scroll_to_end(self) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())

    def _page_step(self) -> int:
        overlap = round(QFontMetricsF(self.document().defaultFont()).lineSpacing() * 2)
        return max(self.verticalScrollBar().pageStep() - overlap, 1)

    # -- find and copy ----------------------------------------------------------

    def find_text(self, text: str) -> bool:
        """Select the next occurrence of `text`, wrapping round to the top once."""
        if not text:
            return False
        if self.find(text):
            return True
        self.moveCursor(QTextCursor.MoveOperation.Start)
        return self.find(text)

    def createMimeDataFromSelection(self) -> QMimeData:
        mime = super().createMimeDataFromSelection()
        mime.setText(source_text(self.textCursor().selectedText()))
        return mime

    # -- the ¶ margin ---------------------------------------------------------

    def margin_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(BASE_POINT_SIZE * ZOOM_STEP**self.zoom * 0.7, 7.0))
        return font

    def margin_width(self) -> int:
        metrics = QFontMetricsF(self.margin_font())
        return round(metrics.horizontalAdvance("¶000") + 10 + metrics.height() * self.margin_extra)

    def refresh_margin(self) -> None:
        """Lay the margin out again: a feature changed `margin_extra` or what it paints."""
        self._update_margin_geometry()
        self.margin.update()

    def _update_margin_geometry(self) -> None:
        width = self.margin_width()
        self.setViewportMargins(width, 0, 0, 0)
        rect = self.contentsRect()
        self.margin.setGeometry(QRect(rect.left(), rect.top(), width, rect.height()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_margin_geometry()

    def paint_margin(self, margin: QWidget, event: QPaintEvent) -> None:
        painter = QPainter(margin)
        painter.fillRect(event.rect(), self.palette().color(QPalette.ColorRole.Base))
        painter.setFont(self.margin_font())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        metrics = QFontMetricsF(painter.font())
        scroll = self.verticalScrollBar().value()
        block = self.cursorForPosition(self.viewport().rect().topLeft()).block()
        while block.isValid():
            layout = block.layout()
            top = layout.position().y() - scroll
            if top > margin.height():
                break
            if block.userState() > 0 and layout.lineCount():
                line = layout.lineAt(0)
                label = f"¶{block.userState()}"
                x = margin.width() - metrics.horizontalAdvance(label) - 6
                painter.drawText(QPointF(x, top + line.y() + line.ascent()), label)
                rect = QRectF(0, top + line.y(), margin.width(), line.height())
                for paint in self.margin_painters:
                    painter.save()
                    paint(painter, block, rect)
                    painter.restore()
            block = block.next()
        painter.end()


def source_text(selected: str) -> str:
    """Selected text with the document's stand-ins turned back into line breaks."""
    return (
        selected.replace("\u200b\u2028", "\r\n")
        .replace("\u200b\u2029", "\n")
        .replace("\u2028", "\n")
        .replace("\u2029", "\n")
    )
