"""Detect again from the window: `reader.importer.redetect` in the background.

Like the import, the task opens its own connection on the library file
(connections never cross threads) and runs on the single writer pool, so it
never writes at the same time as an import. Cancel is checked between
issues; each issue is re-detected in its own transaction, so a cancelled
run leaves every issue either done or untouched. Review states survive
(`replace_findings` keeps them by kind and paragraphs).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from reader.db.connection import open_library
from reader.importer.redetect import redetect
from reader.ui.actions import ActionId as A
from reader.ui.worker import BackgroundOp, TaskContext

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow


def detect_task(
    library_path: Path, issue_ids: Sequence[int] | None
) -> Callable[[TaskContext], int]:
    """A task re-detecting the given issues (None: every current issue); returns flags stored."""

    def run(ctx: TaskContext) -> int:
        db = open_library(library_path)
        try:
            return redetect(
                db,
                None if issue_ids is None else list(issue_ids),
                progress=ctx.report,
                cancelled=ctx.cancelled,
            )
        finally:
            db.close()

    return run


def describe_progress(done: int, total: int, _issue: str) -> str:
    if not total:
        return QCoreApplication.translate("Detect", "Looking for issues…")
    return QCoreApplication.translate("Detect", "Detecting in issue {current} of {total}").format(
        current=min(done + 1, total), total=total
    )


def detect_op(parent: QWidget, library_path: Path, issue_ids: Sequence[int] | None) -> BackgroundOp:
    """The re-detection as a writing background operation with progress and Cancel."""
    op = BackgroundOp(parent, detect_task(library_path, issue_ids), writes=True)
    return op.with_progress(
        QCoreApplication.translate("Detect", "Detecting Again"),
        describe_progress,
        QCoreApplication.translate("Detect", "Cancel"),
    )


class DetectAgain(QObject):
    """Tools → Detect Again: one run at a time, then the panes are read again."""

    detected = Signal(int)  # flags stored; the panes are about to be read again
    panes_refreshed = Signal(int)  # flags stored; the panes show them

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.running: BackgroundOp | None = None
        for action_id, handler in (
            (A.DETECT_ISSUE, self.in_issue),
            (A.DETECT_LIBRARY, self.in_library),
        ):
            action = window.action(action_id)
            action.triggered.connect(lambda _checked=False, run=handler: run())
            window.addAction(action)

    def in_issue(self) -> BackgroundOp | None:
        issue_id = self.window.issues_view.current_issue_id()
        if issue_id is None:
            self.window.status.showMessage(
                QCoreApplication.translate("Detect", "Choose an issue first."), 5000
            )
            return None
        return self.start([issue_id])

    def in_library(self) -> BackgroundOp | None:
        answer = QMessageBox.question(
            self.window,
            QCoreApplication.translate("Detect", "Detect Again"),
            QCoreApplication.translate(
                "Detect",
                "Run the detectors again over every issue of the library? "
                "Flags already confirmed or dismissed keep their state.",
            ),
        )
        return self.start(None) if answer == QMessageBox.StandardButton.Yes else None

    def start(self, issue_ids: list[int] | None) -> BackgroundOp | None:
        """Re-detect in the background (None: the whole library); the panes follow."""
        if self.running is not None:
            self.window.status.showMessage(
                QCoreApplication.translate("Detect", "Detection is already running."), 5000
            )
            return None
        op = detect_op(self.window, self.window.library_path, issue_ids)
        op.on_success(self._done)
        op.on_failure(self._failed)
        op.finished.connect(self._ended)
        self.window.status.track(op, describe_progress)
        self.running = op
        self._enable(False)
        return op.run()

    def _enable(self, enabled: bool) -> None:
        for action_id in (A.DETECT_ISSUE, A.DETECT_LIBRARY):
            self.window.action(action_id).setEnabled(enabled)

    def _ended(self) -> None:
        self.running = None
        self._enable(True)

    def _done(self, stored: int) -> None:
        self.detected.emit(stored)
        self.window.refresh()
        message = QCoreApplication.translate("Detect", "Detection done: {count} flags.")
        self.window.status.showMessage(message.format(count=stored), 8000)
        self.panes_refreshed.emit(stored)

    def _failed(self, error: BaseException) -> None:
        self.window.refresh()
        QMessageBox.warning(
            self.window,
            QCoreApplication.translate("Detect", "Detection Failed"),
            QCoreApplication.translate("Detect", "Detection stopped: {error}").format(error=error),
        )
