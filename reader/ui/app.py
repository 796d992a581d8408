"""Starting the window: the application object, its language, the library, the main window.

`issue-reader` with no command lands here (`reader.cli` imports this module
only then, so the command line never loads Qt). A library that cannot be
opened is explained in a message box and the program exits with status 2,
never a traceback.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox
from shiboken6 import Shiboken
from sqlite_utils import Database

from reader.db.connection import LibraryError, open_library
from reader.db.maintenance import list_backups, restore_backup
from reader.paths import default_library, resources_dir
from reader.ui.i18n import choose_language, install_translators, remove_translators
from reader.ui.library_care import offer_restore
from reader.ui.main_window import MainWindow
from reader.ui.settings import APPLICATION, LANGUAGE, ORGANIZATION, Settings

EXIT_LIBRARY_ERROR = 2
# packaging/smoke_test.sh: milliseconds after showing the window to report it and quit.
SMOKE_QUIT_ENV = "ISSUE_READER_SMOKE_QUIT_MS"


def application() -> QApplication:
    """The one QApplication (an existing one is reused, as under pytest-qt)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    icon = resources_dir() / "icons" / "issue-reader.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def open_window(library: Path | None, settings: Settings) -> MainWindow | None:
    """The main window on `library` (or the default), or None after explaining why not."""
    path = Path(library) if library is not None else default_library()
    db = open_or_explain(path)
    if db is None:
        return None
    return MainWindow(db, path, settings)


def open_or_explain(path: Path) -> Database | None:
    """Open the library; a damaged one with backups is offered a restore, then opened."""
    try:
        return open_library(path)
    except LibraryError as err:
        if not list_backups(path):
            show_library_error(path, str(err))
            return None
        chosen = offer_restore(None, path, str(err))
        if chosen is None or not restore_or_explain(chosen, path):
            return None
        return open_or_explain(path)
    except OSError as err:  # the folder cannot be created, the disk is read-only…
        show_library_error(path, err.strerror or str(err))
    return None


def restore_or_explain(backup: Path, library: Path) -> bool:
    try:
        restore_backup(backup, library)
    except (LibraryError, OSError) as err:
        show_library_error(library, str(err))
        return False
    return True


def show_library_error(path: Path, reason: str) -> None:
    QMessageBox.critical(
        None,
        QCoreApplication.translate("App", "Cannot Open the Library"),
        QCoreApplication.translate(
            "App", "The library {path} cannot be opened.\n\n{reason}"
        ).format(path=path, reason=reason),
    )


def run_app(library: Path | None = None, files: Sequence[Path] = ()) -> int:
    """Show the window on `library` (None: $ISSUE_READER_LIBRARY or the default) until it closes.

    `files` (from "Open with" on the desktop) are imported once the window is shown.
    """
    app = application()
    settings = Settings()
    translators = install_translators(app, choose_language(settings.get(LANGUAGE)))
    # Some platforms append this to window titles unless the title already holds it.
    app.setApplicationDisplayName(QCoreApplication.translate("App", "Issue Reader"))
    while True:
        window = open_window(library, settings)
        if window is None:
            return EXIT_LIBRARY_ERROR
        window.show()
        if files:
            window.start_import(list(files))
            files = ()
        quit_if_smoke_test(app, window)
        code = app.exec()
        restore_from, path = window.care.restore_from, window.library_path
        db = window.db
        Shiboken.delete(window)  # no view may query the library after it is closed
        db.close()
        if restore_from is None or not restore_or_explain(restore_from, path):
            break  # closed for good; after a restore the window opens again on it
    remove_translators(app, translators)
    return code


def quit_if_smoke_test(app: QApplication, window: MainWindow) -> None:
    """With $ISSUE_READER_SMOKE_QUIT_MS=N, report the shown window after N ms, close it, quit.

    Undocumented in --help on purpose: packaging/smoke_test.sh uses it to prove that a
    built program opens its window (offscreen) and closes cleanly.
    """
    delay = os.environ.get(SMOKE_QUIT_ENV, "")
    if not delay.isdigit():
        return

    def report_and_quit() -> None:
        if sys.stdout is not None:  # a windowed build on Windows has no stdout
            print(f"smoke: window shown={window.isVisible()} title={window.windowTitle()}")
            sys.stdout.flush()
        window.close()  # the ordinary way out: the window saves its state
        app.quit()

    QTimer.singleShot(int(delay), report_and_quit)
