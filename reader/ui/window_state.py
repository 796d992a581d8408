"""What the window remembers between runs: its shape, the panes, the place and the zoom.

Kept under `window/` in the settings, apart from the preferences. The
place (last issue and article) is written as soon as it changes, so it
survives a crash; the shape is written when the window closes.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter, QWidget

from reader.ui import settings as options
from reader.ui.panes import ArticlesView, IssuesView
from reader.ui.reader_view import ReaderView
from reader.ui.settings import Settings


class Window(Protocol):
    settings: Settings
    splitter: QSplitter
    issues_view: IssuesView
    articles_view: ArticlesView
    reader: ReaderView

    def main_window(self) -> QMainWindow: ...


def save_shape(window: Window) -> None:
    settings = window.settings
    settings.set(options.GEOMETRY, window.main_window().saveGeometry())
    settings.set(options.WINDOW_STATE, window.main_window().saveState())
    settings.set(options.SPLITTER, window.splitter.saveState())
    settings.set(options.ISSUES_HEADER, window.issues_view.header().saveState())
    settings.set(options.ARTICLES_HEADER, window.articles_view.horizontalHeader().saveState())
    settings.set(options.ZOOM, window.reader.zoom)
    settings.sync()


def restore_shape(window: Window) -> None:
    settings = window.settings
    geometry = settings.get(options.GEOMETRY)
    if geometry.isEmpty() or not window.main_window().restoreGeometry(geometry):
        window.main_window().resize(first_run_size(window.main_window()))
    window.main_window().restoreState(settings.get(options.WINDOW_STATE))
    splitter = settings.get(options.SPLITTER)
    if splitter.isEmpty() or not window.splitter.restoreState(splitter):
        width = window.main_window().width()
        window.splitter.setSizes(pane_sizes(width, window.issues_view.preferred_width()))
    _restore_header(window.issues_view.header(), settings.get(options.ISSUES_HEADER))
    _restore_header(window.articles_view.horizontalHeader(), settings.get(options.ARTICLES_HEADER))
    window.reader.set_zoom(settings.get(options.ZOOM))


def pane_sizes(width: int, issues_wanted: int) -> list[int]:
    """Issues : articles : reader for a window `width` wide, before the side dock takes its share.

    The issues pane gets room for a dated issue's label beside its counts (at 19% of
    1280 pixels the counts left the label nothing four levels deep), up to a quarter:
    beyond that, the articles' titles pay for it.
    """
    issues = min(max(width * 19 // 100, issues_wanted), width // 4)
    rest = width - issues
    return [issues, rest * 44 // 100, rest - rest * 44 // 100]


def first_run_size(widget: QWidget) -> QSize:
    """Most of the screen the first time (three panes and a dock need room), at most 1600×1000."""
    screen = widget.screen().availableGeometry() if widget.screen() else None
    if screen is None or screen.width() < 800:
        return QSize(1280, 800)
    return QSize(min(1600, screen.width() * 9 // 10), min(1000, screen.height() * 9 // 10))


def _restore_header(header: QHeaderView, state: object) -> None:
    if isinstance(state, QByteArray) and not state.isEmpty():
        header.restoreState(state)


def save_place(settings: Settings, issue_id: int | None, article_id: int | None) -> None:
    settings.set(options.LAST_ISSUE, issue_id or 0)
    settings.set(options.LAST_ARTICLE, article_id or 0)


def last_place(settings: Settings) -> tuple[int | None, int | None]:
    return settings.get(options.LAST_ISSUE) or None, settings.get(options.LAST_ARTICLE) or None
