"""Suggested tags off the UI thread, and keeping the library's word counts fresh.

One article's suggestion takes a few milliseconds, but the first one loads
the segmenter and jieba's IDF table (about a second), so every request runs
in a worker with its own connection. Requests are debounced (paging with
Space asks for each article in turn) and one runs at a time; an answer for
an article no longer being read is dropped.

The word counts (`reader.db.keyword_df`) are refreshed in the background a
moment after the window opens and after every import, on the writers'
thread. An import that starts meanwhile cancels the refresh (it stops
between batches) so the import never waits behind it; the refresh after
the import picks up from there. Closing the window cancels it too.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from reader.db.connection import connect
from reader.ui.worker import BackgroundOp, TaskContext

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

DEBOUNCE_MS = 150
FIRST_REFRESH_MS = 1500  # after the window has painted and counted
SHOW_PROGRESS_FROM = 2000  # articles to count before the status bar shows progress


def _suggest(path: Path, article_id: int) -> tuple[int, list[str]]:
    from reader.text.keywords import suggest_tags  # loads jieba in the worker, not at start-up

    db = connect(path)
    try:
        return article_id, suggest_tags(db, article_id)
    finally:
        db.close()


def _refresh(path: Path, ctx: TaskContext) -> int:
    from reader.text.keywords import refresh_idf

    db = connect(path)
    try:
        return refresh_idf(db, lambda done, total: ctx.report(done, total), ctx.cancelled)
    finally:
        db.close()


class Suggestions(QObject):
    """Asks for suggestions for one article at a time; `ready(article_id, names)`."""

    ready = Signal(int, list)
    counts_refreshed = Signal(int)  # articles counted anew

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.path = window.library_path
        self.wanted: int | None = None
        self.running: BackgroundOp | None = None
        self.refreshing: BackgroundOp | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start)
        window.import_started.connect(lambda _op: self.cancel_refresh())
        window.import_finished.connect(lambda _summary: self.refresh_counts())
        window.installEventFilter(self)
        QTimer.singleShot(FIRST_REFRESH_MS, self, self.refresh_counts)

    # -- suggestions --------------------------------------------------------------------

    def request(self, article_id: int | None) -> None:
        self.wanted = article_id
        if article_id is not None:
            self._timer.start()

    def _start(self) -> None:
        if self.running is not None or self.wanted is None:
            return  # the running one starts the next when it ends
        article_id, path = self.wanted, self.path
        op = BackgroundOp(self.window, lambda _ctx: _suggest(path, article_id))
        op.on_success(self._answered)
        op.finished.connect(lambda: self._ended(article_id))
        self.running = op
        op.run()

    def _answered(self, result: tuple[int, list[str]]) -> None:
        article_id, names = result
        if article_id == self.wanted:
            self.ready.emit(article_id, names)

    def _ended(self, asked_for: int) -> None:
        """Ask again if the person moved on to another article while this one ran."""
        self.running = None
        if self.wanted is not None and self.wanted != asked_for:
            self._start()

    # -- the word counts ----------------------------------------------------------------

    def refresh_counts(self) -> BackgroundOp | None:
        if self.refreshing is not None or self.window.import_running is not None:
            return None
        path = self.path
        op = BackgroundOp(self.window, lambda ctx: _refresh(path, ctx), writes=True)
        op.progress.connect(self._maybe_show_progress)
        op.on_success(self._refreshed)
        op.finished.connect(self._refresh_ended)
        self.refreshing = op
        return op.run()

    def _maybe_show_progress(self, _done: int, total: int, _text: str) -> None:
        op = self.refreshing
        if op is None or total < SHOW_PROGRESS_FROM or op.property("tracked"):
            return
        op.setProperty("tracked", True)
        self.window.status.track(op, describe_refresh)

    def _refreshed(self, changed: int) -> None:
        self.counts_refreshed.emit(changed)
        if changed:
            self.request(self.wanted)

    def _refresh_ended(self) -> None:
        self.refreshing = None

    def cancel_refresh(self) -> None:
        if self.refreshing is not None:
            self.refreshing.cancel()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.cancel_refresh()  # before the window waits for its workers
            self.wanted = None
        return False


def describe_refresh(done: int, total: int, _text: str) -> str:
    return QCoreApplication.translate(
        "Suggestions", "Counting words for suggested tags: {done} of {total} articles"
    ).format(done=done, total=total)
