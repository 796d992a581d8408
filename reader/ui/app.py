"""Starting the window: the application object, its language, the library, the main window.

`issue-reader` with no command lands here (`reader.cli` imports this module
only then, so the command line never loads Qt). A library that cannot be
opened is explained in a message box and the program exits with status 2,
never a traceback.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox
from shiboken6 import Shiboken
from sqlite_utils import Database

from reader.db.connection import LibraryError, open_library
from reader.paths import default_library, resources_dir
from reader.ui.i18n import choose_language, install_translators, remove_translators
from reader.ui.main_window import MainWindow
from reader.ui.settings import APPLICATION, LANGUAGE, ORGANIZATION, Settings

EXIT_LIBRARY_ERROR = 2


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
    try:
        return open_library(path)
    except LibraryError as err:
        show_library_error(path, str(err))
    except OSError as err:  # the folder cannot be created, the disk is read-only…
        show_library_error(path, err.strerror or str(err))
    return None


def show_library_error(path: Path, reason: str) -> None:
    QMessageBox.critical(
        None,
        QCoreApplication.translate("App", "Cannot Open the Library"),
        QCoreApplication.translate(
            "App", "The library {path} cannot be opened.\n\n{reason}"
        ).format(path=path, reason=reason),
    )


def run_app(library: Path | None = None) -> int:
    """Show the window on `library` (None: $ISSUE_READER_LIBRARY or the default) until it closes."""
    app = application()
    settings = Settings()
    translators = install_translators(app, choose_language(settings.get(LANGUAGE)))
    # Some platforms append this to window titles unless the title already holds it.
    app.setApplicationDisplayName(QCoreApplication.translate("App", "Issue Reader"))
    window = open_window(library, settings)
    if window is None:
        return EXIT_LIBRARY_ERROR
    window.show()
    code = app.exec()
    db = window.db
    Shiboken.delete(window)  # no view may query the library after it is closed
    db.close()
    remove_translators(app, translators)
    return code
