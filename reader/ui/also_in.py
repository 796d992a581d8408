"""Also in …: where the article's text is found again in other issues.

Reuse (a reprint, standing text) is not damage, so it is not a flag: each
paragraph whose text is in other issues gets a thin bar at the edge of the
¶ margin and a tooltip naming the places, and the "Also In" dock lists them
for the article; activating a row opens the other article at that paragraph.
Links are made after each import, here in the background (and for libraries
from before links existed), a batch at a time on the writer pool, so an
import never waits long behind that work (`reader.db.reuse`).
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QPainter, QTextBlock, QTextCursor
from PySide6.QtWidgets import (
    QDockWidget,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from reader.db import reuse
from reader.db.articles import ArticleRow
from reader.db.connection import open_library
from reader.db.reuse import SHOWN, AlsoIn, Places
from reader.ui.actions import ActionId as A
from reader.ui.model_headers import column_header
from reader.ui.reader_view import ReaderView
from reader.ui.tables import row_table
from reader.ui.window_links import open_article
from reader.ui.wiring import panel_action
from reader.ui.worker import BackgroundOp, TaskContext

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

Index = QModelIndex | QPersistentModelIndex
ROOT_INDEX = QModelIndex()
CONTEXT = "AlsoIn"
FLAGS_DOCK = "flags_dock"
BATCH = 20  # issues linked per background run: an import queued behind waits a second or so
START_AFTER_MS = 2000  # the window is drawn and the first article read before this starts
TIP_PLACES = 5  # places named in a margin tooltip, the rest counted


RELATIONS = {
    "identical": QT_TRANSLATE_NOOP("AlsoIn", "identical"),
    "near_identical": QT_TRANSLATE_NOOP("AlsoIn", "nearly identical"),
    "contains": QT_TRANSLATE_NOOP("AlsoIn", "contains it"),
    "contained": QT_TRANSLATE_NOOP("AlsoIn", "part of it"),
    "overlap": QT_TRANSLATE_NOOP("AlsoIn", "shares a passage"),
}


def where(place: AlsoIn) -> str:
    """The other issue as people name it: publication, date, page; else its file name."""
    named = " ".join(filter(None, [place.publication, place.date, place.page]))
    return named or place.source_name


def there(place: AlsoIn) -> str:
    """The other paragraph: ¶n of its article's title."""
    if place.number is None or place.article_title is None:
        return QCoreApplication.translate("AlsoIn", "outside any article")
    return QCoreApplication.translate("AlsoIn", "¶{number} of “{title}”").format(
        number=place.number, title=place.article_title
    )


def relation(place: AlsoIn) -> str:
    return QCoreApplication.translate(CONTEXT, RELATIONS.get(place.relation, place.relation))


def describe(place: AlsoIn) -> str:
    return QCoreApplication.translate("AlsoIn", "Also in {where}, {there} ({relation})").format(
        where=where(place), there=there(place), relation=relation(place)
    )


class Column(IntEnum):
    HERE = 0
    WHERE = 1
    THERE = 2
    HOW = 3


HEADERS = {
    Column.HERE: QT_TRANSLATE_NOOP("AlsoIn", "¶"),
    Column.WHERE: QT_TRANSLATE_NOOP("AlsoIn", "Also in"),
    Column.THERE: QT_TRANSLATE_NOOP("AlsoIn", "There"),
    Column.HOW: QT_TRANSLATE_NOOP("AlsoIn", "How"),
}


class AlsoInModel(QAbstractTableModel):
    """The other places of the shown article's paragraphs, paragraph by paragraph."""

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self.article: ArticleRow | None = None
        self.by_paragraph: dict[int, Places] = {}
        self.waiting = False  # issues not linked yet: the list may grow
        self._rows: list[tuple[int, AlsoIn]] = []  # (¶n here, place)

    def show(self, article: ArticleRow | None) -> None:
        self.beginResetModel()
        self.article = article
        ids = [p.id for p in article.paragraphs] if article else []
        self.by_paragraph = reuse.also_in(self.db, ids) if ids else {}
        self.waiting = bool(ids) and reuse.pending_count(self.db) > 0
        self._rows = [
            (number, place)
            for number, paragraph_id in enumerate(ids, start=1)
            if paragraph_id in self.by_paragraph
            for place in self.by_paragraph[paragraph_id].shown
        ]
        self.endResetModel()

    def place(self, row: int) -> AlsoIn | None:
        return self._rows[row][1] if 0 <= row < len(self._rows) else None

    def paragraphs_linked(self) -> int:
        return len(self.by_paragraph)

    def cut(self) -> bool:
        """Some paragraph has more places than were read (standing text, say)."""
        return any(places.more for places in self.by_paragraph.values())

    def rowCount(self, parent: Index = ROOT_INDEX) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT_INDEX) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        return column_header(HEADERS, CONTEXT, section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        number, place = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.HERE: f"¶{number}",
                Column.WHERE: where(place),
                Column.THERE: there(place),
                Column.HOW: relation(place),
            }[Column(index.column())]
        if role == Qt.ItemDataRole.ToolTipRole:
            return describe(place)
        return None


class AlsoInMarks:
    """A thin bar at the margin's edge beside paragraphs found in other issues, with a tip."""

    def __init__(self, reader: ReaderView, model: AlsoInModel) -> None:
        self._reader = reader
        self._model = model
        reader.margin_painters.append(self.paint)
        reader.margin_tips["also_in"] = self.tips

    def places(self, block: QTextBlock) -> tuple[list[AlsoIn], bool]:
        """The places of the block's paragraphs, and whether there are more than those."""
        linked = self._model.by_paragraph
        found = [linked[pid] for pid in self._reader.paragraph_ids_in_block(block) if pid in linked]
        return [p for places in found for p in places.shown], any(p.more for p in found)

    def paint(self, painter: QPainter, block: QTextBlock, rect: QRectF) -> None:
        if self.places(block)[0]:
            color = QColor(self._reader.palette().color(self._reader.foregroundRole()))
            color.setAlphaF(0.35)
            painter.fillRect(QRectF(rect.right() - 3, rect.top() + 2, 2, rect.height() - 4), color)

    def tips(self, block: QTextBlock) -> list[str]:
        places, more = self.places(block)
        tips = [describe(place) for place in places[:TIP_PLACES]]
        if more:
            text = QCoreApplication.translate("AlsoIn", "… and more than {count} other places")
            tips.append(text.format(count=len(places) - TIP_PLACES))
        elif len(places) > TIP_PLACES:
            text = QCoreApplication.translate("AlsoIn", "… and {count} more places")
            tips.append(text.format(count=len(places) - TIP_PLACES))
        return tips


class AlsoInPanel(QWidget):
    """What the dock holds: a one-line summary and the table of places."""

    place_chosen = Signal(object)  # AlsoIn

    def __init__(self, model: AlsoInModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("also_in_panel")
        self.model = model
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout.addWidget(self.summary)
        self.table = row_table(self, model, "also_in_table")
        header = self.table.horizontalHeader()
        for column in (Column.HERE, Column.WHERE, Column.HOW):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.THERE, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._activated)
        layout.addWidget(self.table, 1)
        model.modelReset.connect(self._summarise)
        self._summarise()

    def sizeHint(self) -> QSize:
        """As narrow as the flags dock it shares the side with, by default."""
        return QSize(max(self.minimumSizeHint().width(), 260), 460)

    def _activated(self, index: QModelIndex) -> None:
        place = self.model.place(index.row())
        if place is not None:
            self.place_chosen.emit(place)

    def _summarise(self) -> None:
        if self.model.article is None:
            text = QCoreApplication.translate(
                "AlsoIn", "Choose an article to see where its text is also printed."
            )
        elif not self.model.rowCount() and self.model.waiting:
            text = QCoreApplication.translate(
                "AlsoIn", "Issues are still being compared; places will appear here."
            )
        elif not self.model.rowCount():
            text = QCoreApplication.translate(
                "AlsoIn", "No text of this article was found in other issues."
            )
        else:
            text = QCoreApplication.translate(
                "AlsoIn",
                "{paragraphs} paragraph(s) also printed elsewhere, {places} place(s)."
                " Enter or double-click opens one.",
            ).format(paragraphs=self.model.paragraphs_linked(), places=self.model.rowCount())
            if self.model.cut():
                text += " " + QCoreApplication.translate(
                    "AlsoIn", "Text printed in more than {count} places lists its first {count}."
                ).format(count=SHOWN)
        self.summary.setText(text)


class AlsoInFeature(QObject):
    """Installed on the main window: the dock, the margin marks, the background linking."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.model = AlsoInModel(window.db, self)
        self.panel = AlsoInPanel(self.model)
        self.marks = AlsoInMarks(window.reader, self.model)
        self.dock = self._dock()
        self.linking: BackgroundOp | None = None
        self._closing = False
        self._connect()
        QTimer.singleShot(START_AFTER_MS, self, self.link_waiting)

    def _dock(self) -> QDockWidget:
        dock = QDockWidget(QCoreApplication.translate("AlsoIn", "Also In"), self.window)
        dock.setObjectName("also_in_dock")
        dock.setWidget(self.panel)
        self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        flags = self.window.findChild(QDockWidget, FLAGS_DOCK)
        if flags is not None:
            self.window.tabifyDockWidget(flags, dock)
            flags.raise_()
        return dock

    def _connect(self) -> None:
        reader = self.window.reader
        reader.document_rebuilt.connect(self._document_changed)
        self.panel.place_chosen.connect(self.go_to)
        self.window.import_finished.connect(lambda _summary: self.link_waiting())
        self.window.flag_review.detect.detected.connect(lambda _stored: self.refresh())
        panel_action(self.window, A.ALSO_IN_PANEL, self.dock)
        self.window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self._closing = True  # no new batch; the window waits for the running one
            if self.linking is not None:
                self.linking.cancel()
        return False

    def _document_changed(self) -> None:
        article = self.window.reader.article
        if article is None or self.model.article is None or article.id != self.model.article.id:
            self.model.show(article)

    def refresh(self) -> None:
        """Read the links again (an import or a detection made new ones) and redraw the marks."""
        self.model.show(self.window.reader.article)
        self.window.reader.margin.update()

    def go_to(self, place: AlsoIn) -> bool:
        """Open the other place's article and select that paragraph."""
        if place.article_id is None or not open_article(self.window, place.article_id):
            self.window.status.showMessage(
                QCoreApplication.translate("AlsoIn", "That place is not in an article."), 5000
            )
            return False
        reader = self.window.reader
        span = reader.map.span(place.other_id)
        if span is not None:
            cursor = QTextCursor(reader.document())
            cursor.setPosition(span.start)
            cursor.setPosition(span.start + span.length, QTextCursor.MoveMode.KeepAnchor)
            reader.setTextCursor(cursor)
            reader.ensureCursorVisible()
        self.window.status.showMessage(describe(place), 8000)
        return True

    # -- linking the issues from before ------------------------------------------------

    def link_waiting(self) -> BackgroundOp | None:
        """Link a batch of waiting issues in the background, then the next, until none wait."""
        if self._closing or self.linking is not None or not reuse.pending_count(self.window.db):
            return None
        op = BackgroundOp(self.window, _link_task(self.window.library_path), writes=True)
        op.on_success(self._linked)
        op.on_failure(self._failed)
        op.finished.connect(self._ended)
        self.window.status.track(op, _describe_linking)
        self.linking = op
        return op.run()

    def _linked(self, waiting: int) -> None:
        if self._closing:
            return
        self.refresh()
        if waiting:
            QTimer.singleShot(0, self, self.link_waiting)
        else:
            self.window.status.showMessage(
                QCoreApplication.translate(
                    "AlsoIn", "Text shared across issues: all issues linked."
                )
            )

    def _failed(self, error: BaseException) -> None:
        self.window.status.showMessage(
            QCoreApplication.translate(
                "AlsoIn", "Linking text shared across issues stopped: {error}"
            ).format(error=error)
        )

    def _ended(self) -> None:
        self.linking = None


def _link_task(library_path: Path):
    def run(ctx: TaskContext) -> int:
        db = open_library(library_path)
        try:
            waiting = reuse.pending_count(db)
            done = 0

            def step(linked: int, _total: int) -> None:
                nonlocal done
                done = linked
                ctx.report(linked, waiting)

            reuse.link_pending(
                db, step, cancelled=lambda: ctx.cancelled() or done >= BATCH, batch=BATCH
            )  # fmt: skip
            return reuse.pending_count(db)
        finally:
            db.close()

    return run


def _describe_linking(done: int, total: int, _text: str) -> str:
    return QCoreApplication.translate(
        "AlsoIn", "Finding text shared across issues: {count} issues to go"
    ).format(count=max(total - done, 0))


def install(window: MainWindow) -> AlsoInFeature:
    return AlsoInFeature(window)
