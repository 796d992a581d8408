"""The status bar: the library file, its counts, and any background work in progress.

Counts come from `reader.db.issues.counts`, which reads every article row
of a large library, so they are computed off the UI thread with their own
connection and arrive when ready; the window opens without waiting.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

from reader.db import issues
from reader.db.connection import connect
from reader.ui.worker import BackgroundOp, TaskContext


class StatusBar(QStatusBar):
    counts_shown = Signal(dict)

    def __init__(self, library_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library_path = library_path
        self.library_label = QLabel(str(library_path), self)
        self.library_label.setToolTip(self.tr("Library file: {path}").format(path=library_path))
        self.counts_label = QLabel(self)
        self.work_label = QLabel(self)
        self.work_bar = QProgressBar(self)
        self.work_bar.setMaximumWidth(140)
        self.work_bar.setTextVisible(False)
        for widget in (self.work_label, self.work_bar):
            widget.hide()
            self.addPermanentWidget(widget)
        self.addPermanentWidget(self.counts_label)
        self.addWidget(self.library_label, 1)
        self.counts: dict[str, int] | None = None

    def refresh_counts(self) -> BackgroundOp:
        """Count issues and articles in the background; the label follows."""
        path = self._library_path

        def count(_ctx: TaskContext) -> dict[str, int]:
            db = connect(path)
            try:
                return issues.counts(db)
            finally:
                db.close()

        op = BackgroundOp(self, count).on_success(self.show_counts)
        return op.run()

    def show_counts(self, counts: dict[str, int]) -> None:
        self.counts = counts
        self.counts_label.setText(self.tr("{issues} issues · {articles} articles").format(**counts))
        self.counts_shown.emit(counts)

    def track(self, op: BackgroundOp, describe: Callable[[int, int, str], str]) -> None:
        """Show an operation's progress here until it finishes."""

        def show(done: int, total: int, text: str) -> None:
            self.work_bar.setMaximum(max(total, 1))
            self.work_bar.setValue(done)
            self.work_label.setText(describe(done, total, text))

        def hide() -> None:
            self.work_label.hide()
            self.work_bar.hide()

        self.work_label.setText(describe(0, 0, ""))
        self.work_label.show()
        self.work_bar.setRange(0, 0)
        self.work_bar.show()
        op.progress.connect(show)
        op.finished.connect(hide)
