"""Nothing typed is lost: an annotation made in the window survives the process being killed."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from reader.db.annotations import list_annotations
from reader.db.connection import open_library

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication

    library, settings = Path(sys.argv[1]), sys.argv[2]
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings)
    app = QApplication([])
    from reader.db.connection import open_library
    from reader.db.issues import list_issues
    from reader.ui.actions import ActionId
    from reader.ui.annotation_dialog import AnnotationDialog
    from reader.ui.main_window import MainWindow
    from reader.ui.settings import Settings

    db = open_library(library)
    window = MainWindow(db, library, Settings())
    window.show()
    window.issues_view.select_issue(list_issues(db)[-1].id)
    window.articles_view.select_row(4)
    body = next(p for p in window.reader.article.paragraphs if p.role == "body")
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(window.reader.map.position_of(body.id, 3))
    cursor.setPosition(window.reader.map.position_of(body.id, 5), QTextCursor.MoveMode.KeepAnchor)
    window.reader.setTextCursor(cursor)
    window.action(ActionId.ANNOTATE_OCR_ERROR).trigger()
    dialog = [d for d in window.findChildren(AnnotationDialog) if d.isVisible()][-1]
    dialog.correction.setText("改正")
    dialog.note.setPlainText("杀不死")
    dialog.accept()
    print("made", body.id, flush=True)
    while True:
        app.processEvents()
        time.sleep(0.05)
    """
)


def _wait_for_line(process: subprocess.Popen, timeout: float, errors: Path) -> str:
    deadline = time.monotonic() + timeout
    assert process.stdout is not None
    while time.monotonic() < deadline:
        ready, _, _ = select.select([process.stdout], [], [], 0.2)
        if ready:
            line = process.stdout.readline()
            if line.startswith("made"):
                return line
            if not line and process.poll() is not None:
                break
    raise AssertionError(
        f"the window never said 'made' (exit code {process.poll()}):\n{errors.read_text()}"
    )


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_an_annotation_survives_sigkill_right_after_it_is_made(
    sample_library, library_path, tmp_path
):
    sample_library.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ISSUE_READER_LANGUAGE="en")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    errors = (tmp_path / "stderr.txt").open("w")
    process = subprocess.Popen(
        [sys.executable, "-c", SCRIPT, str(library_path), str(tmp_path / "kill-settings")],
        stdout=subprocess.PIPE, stderr=errors, text=True, cwd=ROOT, env=env,
    )  # fmt: skip
    try:
        line = _wait_for_line(process, timeout=60, errors=tmp_path / "stderr.txt")
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
        errors.close()
    assert process.returncode == -signal.SIGKILL
    paragraph_id = int(line.split()[1])
    db = open_library(library_path)
    try:
        (found,) = list_annotations(db)
    finally:
        db.close()
    assert (found.start_paragraph_id, found.start_offset, found.end_offset) == (paragraph_id, 3, 5)
    assert (found.category, found.correction, found.note) == ("ocr_error", "改正", "杀不死")
