"""Importing from the window: off the UI thread, with progress, cancel, summary, drag and drop."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QPushButton

from reader.db.issues import list_issues
from reader.ui.actions import ActionId
from reader.ui.import_dialog import ImportSummaryDialog, describe_progress
from reader.ui.worker import BackgroundOp, ProgressDialog, TaskContext


def _copies(folder: Path, source: Path, count: int) -> list[Path]:
    """`count` distinct issue files (each one line different) made from a sample."""
    folder.mkdir()
    text = source.read_text(encoding="utf-8")
    paths = []
    for n in range(count):
        path = folder / f"copy_{n:02d}.txt"
        path.write_text(text + f"\n第{n}份副本\n", encoding="utf-8")
        paths.append(path)
    return paths


def _summary_dialog(window) -> ImportSummaryDialog:
    found = window.findChildren(ImportSummaryDialog)
    assert found, "no summary dialog"
    return found[-1]


def test_import_runs_in_a_worker_with_progress_and_refreshes_the_panes(
    library, library_path, make_window, samples, qtbot
):
    window = make_window(library_path)
    assert window.stack.currentWidget() is window.welcome
    reports: list[tuple[int, int, str]] = []
    threads: set[int] = set()

    def listen(op: BackgroundOp) -> None:  # connected before the worker starts
        op.progress.connect(lambda d, t, name: reports.append((d, t, name)))
        op.progress.connect(
            lambda *_: threads.add(threading.get_ident()), Qt.ConnectionType.DirectConnection
        )

    window.import_started.connect(listen)
    window.import_started.connect(lambda op: shown.append(window.status.work_label.isVisible()))
    shown: list[bool] = []
    with qtbot.waitSignal(window.import_finished, timeout=30000) as finished:
        window.start_import([samples])
    summary = finished.args[0]
    assert summary.as_json()["imported"] == 2
    assert reports[0][:2] == (0, 2) and reports[-1][:2] == (2, 2)
    assert reports[0][2] == "003_de8a6e769b4f48b7.txt"
    assert threading.get_ident() not in threads  # the import ran off the UI thread
    assert window.stack.currentWidget() is window.splitter
    assert window.issues_model.rowCount() == 1
    qtbot.waitUntil(lambda: window.status.counts == {"issues": 2, "articles": 16})
    dialog = _summary_dialog(window)
    assert "Imported: 2" in dialog.counts_label.text() and "Failed: 0" in dialog.counts_label.text()
    assert window.action(ActionId.IMPORT_FILES).isEnabled()  # enabled again afterwards
    assert shown == [True] and not window.status.work_label.isVisible()  # status bar followed it


def test_cancel_stops_between_files_and_keeps_the_finished_ones(
    library, library_path, make_window, samples, tmp_path, qtbot
):
    files = _copies(tmp_path / "many", samples / "003_de8a6e769b4f48b7.txt", 12)
    window = make_window(library_path)

    def cancel_at_third(op: BackgroundOp) -> None:
        def check(done: int, total: int, name: str) -> None:
            if done == 2:  # runs in the worker, just before it imports the third file
                op.cancel()

        op.progress.connect(check, Qt.ConnectionType.DirectConnection)

    window.import_started.connect(cancel_at_third)
    with qtbot.waitSignal(window.import_finished, timeout=30000) as finished:
        window.start_import([tmp_path / "many"])
    summary = finished.args[0]
    assert summary.cancelled
    assert [r.path for r in summary.results] == files[:3]  # the file under way was finished
    assert len(list_issues(library)) == 3
    dialog = _summary_dialog(window)
    assert "cancelled" in dialog.note.text() and "Imported: 3" in dialog.counts_label.text()


def test_failures_are_listed_with_their_reasons(
    library, library_path, make_window, tmp_path, qtbot
):
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "good.txt").write_text("# 标题\n\n正文。\n", encoding="utf-8")
    window = make_window(library_path)
    window.start_import([folder])
    with qtbot.waitSignal(window.import_finished, timeout=30000):
        pass
    dialog = _summary_dialog(window)
    assert "Imported: 1" in dialog.counts_label.text() and "Failed: 1" in dialog.counts_label.text()
    assert "empty.txt" in dialog.failures.toPlainText() and "empty" in dialog.failures.toPlainText()


def test_dropping_files_on_the_window_imports_them(
    library, library_path, make_window, samples, qtbot
):
    window = make_window(library_path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(samples / "004_9cf174746abdde8c.txt"))])
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, buttons, keys)
    window.dragEnterEvent(enter)  # Qt delivers the drop only to a widget that accepted the enter
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, buttons, keys)
    with qtbot.waitSignal(window.import_finished, timeout=30000):
        window.dropEvent(drop)
    assert drop.isAccepted()
    assert [i.source_name for i in list_issues(library)] == ["004_9cf174746abdde8c.txt"]
    assert window.issues_view.current_issue_id() == list_issues(library)[0].id


def test_only_one_import_at_a_time(library, library_path, make_window, samples, qtbot):
    window = make_window(library_path)
    first = window.start_import([samples])
    assert window.start_import([samples]) is None
    with qtbot.waitSignal(first.finished, timeout=30000):
        pass


def test_background_op_reports_success_failure_and_cancel(qtbot, qapp):
    results = []
    ok = BackgroundOp(None, lambda ctx: 6 * 7).on_success(results.append)
    with qtbot.waitSignal(ok.finished, timeout=5000):
        ok.run()
    assert results == [42]

    def broken(ctx: TaskContext) -> None:
        raise ValueError("bad input")

    errors = []
    failing = BackgroundOp(None, broken).on_failure(errors.append)
    with qtbot.waitSignal(failing.finished, timeout=5000):
        failing.run()
    assert [str(e) for e in errors] == ["bad input"]

    started = threading.Event()

    def patient(ctx: TaskContext) -> int:
        started.set()
        steps = 0
        while not ctx.cancelled():
            ctx.report(steps, 0, "waiting")
            steps += 1
            threading.Event().wait(0.005)
        return steps

    stopped = []
    waiting = BackgroundOp(None, patient, writes=True).on_success(stopped.append)
    with qtbot.waitSignal(waiting.finished, timeout=5000):
        waiting.run()
        assert started.wait(5)
        waiting.cancel()
    assert len(stopped) == 1 and stopped[0] >= 1


def test_progress_dialog_shows_files_done_and_the_current_file_and_cancels(qtbot):
    op = BackgroundOp(None, lambda ctx: None)
    dialog = ProgressDialog(None, "Importing", "Cancel")
    qtbot.addWidget(dialog)
    dialog.follow(op, describe_progress)
    op.progress.emit(1, 3, "004_9cf174746abdde8c.txt")
    assert (dialog.value(), dialog.maximum()) == (1, 3)
    assert dialog.labelText() == "Importing 2 of 3: 004_9cf174746abdde8c.txt"
    dialog.findChild(QPushButton).click()  # the dialog's Cancel button
    assert op.is_cancelled()
