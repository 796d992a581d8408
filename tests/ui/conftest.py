"""Fixtures for the window: settings in tmp_path, windows on real libraries, issue files."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from shiboken6 import Shiboken

from reader.db.connection import open_library
from reader.ui.main_window import MainWindow
from reader.ui.settings import Settings
from reader.ui.worker import wait_for_all


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, qapp) -> Iterator[Path]:
    """Every UI test writes its settings under tmp_path, never the user's, and has the
    QApplication (a QPixmap drawn without one aborts the process, as a model test did alone)."""
    folder = tmp_path / "settings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder
    wait_for_all()


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    """The file the `library` / `sample_library` fixtures opened."""
    return tmp_path / "library.sqlite"


@pytest.fixture
def make_window(qtbot) -> Iterator[Callable[[Path], MainWindow]]:
    """Open a real main window (own connection, fresh Settings) on a library file."""
    opened: list[MainWindow] = []

    def make(path: Path) -> MainWindow:
        window = MainWindow(open_library(path), path, Settings())
        window.show()
        qtbot.waitExposed(window)
        opened.append(window)
        return window

    yield make
    for window in opened:
        close_window(window)


def close_window(window: MainWindow) -> None:
    """Close (saving its state), delete the widgets, then close the window's connection."""
    if Shiboken.isValid(window):
        db = window.db
        window.close()
        Shiboken.delete(window)
        db.close()


@pytest.fixture
def window(sample_library, library_path: Path, make_window) -> MainWindow:
    """The window on a library holding the two sample issues."""
    return make_window(library_path)


@pytest.fixture
def write_issues(tmp_path: Path) -> Callable[..., list[Path]]:
    """Write small issue files with front matter; returns their paths in order."""

    def write(*issues: tuple[str | None, str | None], folder: str = "issues") -> list[Path]:
        target = tmp_path / folder
        target.mkdir(exist_ok=True)
        paths = []
        for n, (publication, date) in enumerate(issues):
            head = "".join(
                f"{key}: {value}\n"
                for key, value in (("publication", publication), ("date", date))
                if value
            )
            body = f"# 第{n}期头条\n\n本报讯 第{n}篇正文。\n\n## 第{n}期二条\n\n又一篇。\n"
            text = f"---\n{head}page: 第{n + 1}版\n---\n\n{body}"
            path = target / f"issue_{n:03d}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        return paths

    return write
