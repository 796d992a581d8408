"""Run a core function off the UI thread, with progress and cancel (Anki's CollectionOp).

    BackgroundOp(window, task).on_success(show).on_failure(warn) \\
        .with_progress(title, describe).run()

`task(ctx)` is plain Python: it calls `ctx.report(done, total, text)` and
checks `ctx.cancelled()`. It must open its own library connection (sqlite
connections never cross threads). Everything it produces reaches widgets
through this object's signals, which Qt queues onto the UI thread.

Writers share one single-thread pool, so two imports never write at once
(Anki's DB executor, datasette's write thread); readers use Qt's global pool.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

_write_pool: QThreadPool | None = None
_running: set[BackgroundOp] = set()  # keeps Python wrappers alive until they finish


def write_pool() -> QThreadPool:
    global _write_pool
    if _write_pool is None:
        _write_pool = QThreadPool()
        _write_pool.setMaxThreadCount(1)
    return _write_pool


def wait_for_all(timeout_ms: int = 30000) -> bool:
    """Block until background work ends (used when the window closes and in tests)."""
    done = write_pool().waitForDone(timeout_ms)
    return QThreadPool.globalInstance().waitForDone(timeout_ms) and done


class TaskContext:
    """What a background task may do: report progress, and ask whether to stop."""

    def __init__(self, op: BackgroundOp) -> None:
        self._op = op

    def report(self, done: int, total: int, text: str = "") -> None:
        self._op.progress.emit(done, total, text)

    def cancelled(self) -> bool:
        return self._op.is_cancelled()


Task = Callable[[TaskContext], Any]


class BackgroundOp(QObject):
    """One run of a task in a worker thread; results arrive as signals on the UI thread."""

    started = Signal()
    progress = Signal(int, int, str)  # done, total, text
    succeeded = Signal(object)  # the task's return value
    failed = Signal(object)  # the exception it raised
    finished = Signal()  # after succeeded or failed

    def __init__(self, parent: QWidget | None, task: Task, *, writes: bool = False) -> None:
        super().__init__(parent)
        self._task = task
        self._writes = writes
        self._cancel = threading.Event()
        self.running = False

    def on_success(self, callback: Callable[[Any], None]) -> BackgroundOp:
        self.succeeded.connect(callback)
        return self

    def on_failure(self, callback: Callable[[BaseException], None]) -> BackgroundOp:
        self.failed.connect(callback)
        return self

    def with_progress(
        self, title: str, describe: Callable[[int, int, str], str], cancel_text: str
    ) -> BackgroundOp:
        """Show a window-modal progress dialog whose Cancel button cancels the task."""
        dialog = ProgressDialog(self.parent_widget(), title, cancel_text)
        dialog.follow(self, describe)
        return self

    def parent_widget(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None

    def run(self) -> BackgroundOp:
        _running.add(self)
        self.running = True
        self.finished.connect(self._forget)
        pool = write_pool() if self._writes else QThreadPool.globalInstance()
        self.started.emit()
        pool.start(_Runnable(self))
        return self

    def cancel(self) -> None:
        """Ask the task to stop at its next check; thread-safe."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def execute(self) -> None:
        """The worker thread's side: run the task and report how it ended."""
        try:
            result = self._task(TaskContext(self))
        except Exception as err:  # reported to the UI, never lost in the thread
            log.exception("background task failed")
            self.failed.emit(err)
        else:
            self.succeeded.emit(result)
        finally:
            self.finished.emit()

    def _forget(self) -> None:
        self.running = False
        _running.discard(self)


class _Runnable(QRunnable):
    def __init__(self, op: BackgroundOp) -> None:
        super().__init__()
        self._op = op

    def run(self) -> None:
        self._op.execute()


class ProgressDialog(QProgressDialog):
    """Files done / total and the current item, with Cancel; closes itself at the end."""

    def __init__(self, parent: QWidget | None, title: str, cancel_text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setCancelButtonText(cancel_text)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(300)
        self.setMinimumWidth(420)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setValue(0)

    def follow(self, op: BackgroundOp, describe: Callable[[int, int, str], str]) -> None:
        def show(done: int, total: int, text: str) -> None:
            self.setMaximum(max(total, 1))
            self.setValue(min(done, max(total, 1)))
            self.setLabelText(describe(done, total, text))

        op.progress.connect(show)
        self.canceled.connect(op.cancel)
        op.finished.connect(self._done)

    def _done(self) -> None:
        self.canceled.disconnect()
        self.reset()
        self.hide()
        self.deleteLater()
