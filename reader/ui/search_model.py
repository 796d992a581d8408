"""The search results as a list model that reads pages of 50 as the view scrolls, and their look.

The first page (and the exact total) arrives from the search box's
background run; `fetchMore` asks the `fetch` callable for the next page at
the offset reached so far. Each row is drawn by `SearchHitDelegate` as a
small rich-text block: the title with its matches, the issue's date and
publication, and the snippet with its matches in bold on a light marker.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from reader.search import SearchHit, SearchResult

HitRole = Qt.ItemDataRole.UserRole + 1
ArticleIdRole = Qt.ItemDataRole.UserRole + 2
MARK_COLOR = "#ffe08a"

Index = QModelIndex | QPersistentModelIndex
PageFetcher = Callable[[int], SearchResult]  # offset → that page


class SearchResultsModel(QAbstractListModel):
    """The hits of one search; more are read on demand until `total` are shown."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hits: list[SearchHit] = []
        self.total = 0
        self.query = ""
        self._fetch: PageFetcher | None = None

    def show_result(self, result: SearchResult | None, fetch: PageFetcher | None = None) -> None:
        """Replace the rows with the first page of `result` (None: no search)."""
        self.beginResetModel()
        self.hits = list(result.hits) if result else []
        self.total = result.total if result else 0
        self.query = result.query if result else ""
        self._fetch = fetch
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._fetch is not None and len(self.hits) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._fetch is None:
            return
        page = self._fetch(len(self.hits)).hits
        if not page:  # the library changed under the search: stop asking
            self.total = len(self.hits)
            return
        start = len(self.hits)
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self.hits.extend(page)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{hit.title}\n{place_text(hit)}\n{hit.snippet.text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.title
        if role == HitRole:
            return hit
        if role == ArticleIdRole:
            return hit.article_id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def row_of(self, article_id: int) -> int | None:
        return next((i for i, h in enumerate(self.hits) if h.article_id == article_id), None)


def place_text(hit: SearchHit) -> str:
    """Date · publication · page, whichever are known."""
    return " · ".join(part for part in (hit.date, hit.publication, hit.page) if part)


def marked_html(text: str, spans: Sequence[tuple[int, int]], color: str = MARK_COLOR) -> str:
    """`text` as HTML with each span bold on a marker colour (spans in code points)."""
    out, at = [], 0
    for start, end in spans:
        out.append(html.escape(text[at:start]))
        out.append(f'<b style="background-color:{color}">{html.escape(text[start:end])}</b>')
        at = end
    out.append(html.escape(text[at:]))
    return "".join(out)


def hit_html(hit: SearchHit, muted: str) -> str:
    title = marked_html(hit.title or "—", hit.title_spans if hit.title else ())
    place = html.escape(place_text(hit))
    snippet = marked_html(hit.snippet.text, hit.snippet.spans)
    place_line = f'<div style="color:{muted}">{place}</div>' if place else ""
    return f"<div><b>{title}</b></div>{place_line}<div>{snippet}</div>"


class SearchHitDelegate(QStyledItemDelegate):
    """Draws a hit as a few short lines of rich text; one QTextDocument reused for every row."""

    LINES = 4  # title, place, and up to two lines of snippet

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = QTextDocument(self)
        self._doc.setDocumentMargin(4)

    def _layout(self, option: QStyleOptionViewItem, hit: SearchHit) -> None:
        muted = option.palette.color(QPalette.ColorRole.PlaceholderText).name()
        self._doc.setDefaultFont(option.font)
        self._doc.setHtml(hit_html(hit, muted))
        self._doc.setTextWidth(max(option.rect.width(), 120))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        hit = index.data(HitRole)
        if not isinstance(hit, SearchHit):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        self._layout(option, hit)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft())
        clip = QRectF(0, 0, option.rect.width(), option.rect.height())
        painter.setClipRect(clip)
        context.clip = clip
        self._doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        line = option.fontMetrics.lineSpacing()
        return QSize(200, line * self.LINES + 10)
