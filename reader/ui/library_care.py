"""Looking after the library from the window: a check and a daily backup after opening,
and restoring a backup when the file is damaged or the person asks.

The check (`PRAGMA quick_check`) reads the whole file, so it runs in the background after
the window is shown, on its own connection. A restore cannot happen under an open
library: the window closes, `run_app` puts the backup in place (the old file is moved
aside, never deleted) and opens the window again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from reader.db.connection import connect
from reader.db.maintenance import (
    CheckResult,
    backup_due,
    backups_dir,
    check_library,
    daily_backup,
)
from reader.ui.worker import BackgroundOp, TaskContext


def choose_backup(parent: QWidget | None, library: Path) -> Path | None:
    """Ask for a backup file, starting in the library's backups folder."""
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("LibraryCare", "Restore from Backup"),
        str(backups_dir(library)),
        QCoreApplication.translate("LibraryCare", "Library files (*.sqlite);;All files (*)"),
    )
    return Path(name) if name else None


def offer_restore(parent: QWidget | None, library: Path, reason: str) -> Path | None:
    """Explain why the library cannot be used and offer to restore a backup instead."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("LibraryCare", "The Library Is Damaged"))
    box.setText(
        QCoreApplication.translate("LibraryCare", "The library {path} cannot be used.").format(
            path=library
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "LibraryCare",
            "{reason}\n\nYou can restore one of its backups; the damaged file is kept aside.",
        ).format(reason=reason)
    )
    restore = box.addButton(
        QCoreApplication.translate("LibraryCare", "Restore from Backup…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is not restore:
        return None
    return choose_backup(parent, library)


def check_task(library: Path):
    """Once a day, check the library and then back it up, on a connection of the task's own.

    The check reads the whole file (seconds for a large library, and a core
    the window wants at start-up), so it runs with the daily backup, where it
    matters most: a damaged file must not become the newest backup.
    """

    def run(ctx: TaskContext) -> CheckResult | None:
        if not backup_due(library):
            return None
        db = connect(library)
        try:
            result = check_library(db)
            if result.ok:
                daily_backup(db, library)
            return result
        finally:
            db.close()

    return run


class LibraryCare:
    """Installed on the main window: the background check and File → Restore from Backup…."""

    def __init__(self, window: QMainWindow, library: Path) -> None:
        self.window = window
        self.library = library
        self.restore_from: Path | None = None  # read by run_app after the window closes
        self.last_check: CheckResult | None = None
        QTimer.singleShot(0, window, self.check_in_background)

    def check_in_background(self) -> BackgroundOp:
        op = BackgroundOp(self.window, check_task(self.library))
        op.on_success(self._checked)
        op.on_failure(lambda error: self._checked(CheckResult(False, [str(error)])))
        return op.run()

    def _checked(self, result: CheckResult | None) -> None:
        """`result` is None when no check was due today."""
        if result is None:
            return
        self.last_check = result
        if not result.ok:
            reason = "\n".join(result.problems[:5])
            chosen = offer_restore(self.window, self.library, reason)
            if chosen:
                self.request_restore(chosen)

    def restore(self) -> None:
        """File → Restore from Backup…: confirm, then close and reopen on the backup."""
        chosen = choose_backup(self.window, self.library)
        if chosen is None:
            return
        answer = QMessageBox.question(
            self.window,
            QCoreApplication.translate("LibraryCare", "Restore from Backup"),
            QCoreApplication.translate(
                "LibraryCare",
                "Replace the library with {backup}?\n\nChanges made since that backup will not"
                " be in the restored library; the current file is kept aside.",
            ).format(backup=chosen.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.request_restore(chosen)

    def request_restore(self, backup: Path) -> None:
        self.restore_from = backup
        self.window.close()
