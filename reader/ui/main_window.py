"""The main window: issues, articles and reader side by side, over one library.

This module only wires the parts together: the models and views
(`issues_model`, `articles_model`, `panes`, `reader_view`), the action
registry and menus, keyboard reading (`navigation`), imports
(`import_dialog` + `worker`), the dialogs, and what is remembered
(`window_state`). Each feature lives in its own module; this one should stay
a switchboard.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
)
from sqlite_utils import Database

from reader import __version__
from reader.db import browse
from reader.db.articles import get_article
from reader.db.issues import update_issue
from reader.importer.run import ImportSummary
from reader.paths import sample_issues
from reader.ui import also_in, annotation_tools, search_actions, tag_actions, window_state
from reader.ui.actions import ActionId as A
from reader.ui.actions import apply_shortcuts, create_actions, reading_actions
from reader.ui.articles_model import ArticlesModel
from reader.ui.export_dialog import open_export_dialog
from reader.ui.flag_review import FlagReview
from reader.ui.import_dialog import ImportSummaryDialog, describe_progress, import_op
from reader.ui.issue_dialog import IssueDialog
from reader.ui.issues_model import IssuesModel
from reader.ui.library_care import LibraryCare
from reader.ui.menus import build_menus
from reader.ui.navigation import Navigator
from reader.ui.panes import ArticlesView, IssuesView
from reader.ui.preferences import PreferencesDialog
from reader.ui.reader_view import ReaderView
from reader.ui.settings import LAST_IMPORT_DIR, WINDOW_STATE, ZOOM, Settings
from reader.ui.status import StatusBar
from reader.ui.welcome import WelcomePage
from reader.ui.wiring import run_on_trigger
from reader.ui.worker import BackgroundOp, wait_for_all


class MainWindow(QMainWindow):
    import_started = Signal(object)  # the BackgroundOp, just before its worker starts
    import_finished = Signal(object)  # ImportSummary, after the panes have been refreshed

    def __init__(self, db: Database, library_path: Path, settings: Settings) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.db = db
        self.library_path = library_path
        self.settings = settings
        self.import_running: BackgroundOp | None = None
        self._pending_article: int | None = None
        self._find_text = ""
        self.setWindowTitle(self.tr("{library} — Issue Reader").format(library=library_path.name))
        self.setAcceptDrops(True)
        self.undo_stack = QUndoStack(self)
        self.care = LibraryCare(self, library_path)
        self.action_map = create_actions(self)
        apply_shortcuts(self.action_map, settings)
        self.menus = build_menus(self.menuBar(), self.action_map)
        self._build_panes()
        self.navigator = Navigator(self.issues_view, self.articles_view, self.reader)
        self._connect_actions()
        self.flag_review = FlagReview(self)  # before restore_shape: its dock's place is restored
        self.annotation_tools = annotation_tools.install(self)  # likewise its dock and toolbar
        self.tags = tag_actions.install(self)  # likewise its dock
        self.search = search_actions.install(self)  # likewise its dock
        self.also_in = also_in.install(self)  # likewise its dock
        first_run = self.settings.get(WINDOW_STATE).isEmpty()
        window_state.restore_shape(self)
        if first_run:  # of the right-hand tabs, the proofreader's flags come first
            QTimer.singleShot(0, self, self.flag_review.dock.raise_)
        self.update_page()
        self._restore_place()
        # Counting 500,000 articles takes ~0.1 s of a core: start it after the first paint.
        QTimer.singleShot(0, self.status, self.status.refresh_counts)

    def main_window(self) -> QMainWindow:
        return self

    # -- building ---------------------------------------------------------------

    def _build_panes(self) -> None:
        self.issues_model = IssuesModel(self.db, self)
        self.articles_model = ArticlesModel(self.db, self)
        self.issues_view = IssuesView(self.issues_model, self)
        self.articles_view = ArticlesView(self.articles_model, self)
        self.reader = ReaderView(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("panes")
        self.splitter.setChildrenCollapsible(False)
        for pane in (self.issues_view, self.articles_view, self.reader):
            self.splitter.addWidget(pane)
        # The reader takes two thirds of any change in width (a side dock opening, the window
        # resized) and the articles pane one third, so neither is squeezed to nothing.
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setStretchFactor(1, 1)
        self.welcome = WelcomePage(self.action_map, self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.splitter)
        self.setCentralWidget(self.stack)
        self.status = StatusBar(self.library_path, self)
        self.setStatusBar(self.status)
        self.issues_view.issue_selected.connect(self._issue_selected)
        self.articles_view.article_selected.connect(self._article_selected)
        self.reader.zoom_changed.connect(lambda level: self.settings.set(ZOOM, level))

    def _connect_actions(self) -> None:
        nav = self.navigator
        handlers = {
            A.IMPORT_FILES: self.import_files,
            A.IMPORT_FOLDER: self.import_folder,
            A.OPEN_SAMPLES: self.open_samples,
            A.RESTORE_BACKUP: self.care.restore,
            A.QUIT: self.close,
            A.UNDO: self.undo_stack.undo,
            A.REDO: self.undo_stack.redo,
            A.FIND: self.find,
            A.FIND_NEXT: self.find_next,
            A.ISSUE_PROPERTIES: self.edit_issue,
            A.PREFERENCES: self.edit_preferences,
            A.ZOOM_IN: self.reader.zoom_in,
            A.ZOOM_OUT: self.reader.zoom_out,
            A.ZOOM_RESET: self.reader.zoom_reset,
            A.REFRESH: self.refresh,
            A.NEXT_ARTICLE: nav.next_article,
            A.PREVIOUS_ARTICLE: nav.previous_article,
            A.NEXT_ISSUE: nav.next_issue,
            A.PREVIOUS_ISSUE: nav.previous_issue,
            A.PAGE_FORWARD: nav.page_forward,
            A.PAGE_BACK: nav.page_back,
            A.FOCUS_ISSUES: lambda: nav.focus_pane(0),
            A.FOCUS_ARTICLES: lambda: nav.focus_pane(1),
            A.FOCUS_READER: lambda: nav.focus_pane(2),
            A.NEXT_PANE: lambda: nav.cycle_pane(+1),
            A.PREVIOUS_PANE: lambda: nav.cycle_pane(-1),
            A.ABOUT: self.about,
            A.EXPORT: lambda: open_export_dialog(self),
        }
        run_on_trigger(self, handlers)
        self._follow_undo_stack()

    def _follow_undo_stack(self) -> None:
        """Undo/Redo are enabled, and named, after what the stack would undo or redo."""
        undo, redo = self.action_map[A.UNDO], self.action_map[A.REDO]
        stack = self.undo_stack
        stack.canUndoChanged.connect(undo.setEnabled)
        stack.canRedoChanged.connect(redo.setEnabled)
        stack.undoTextChanged.connect(
            lambda text: undo.setText(self.tr("&Undo {edit}").format(edit=text).strip())
        )
        stack.redoTextChanged.connect(
            lambda text: redo.setText(self.tr("&Redo {edit}").format(edit=text).strip())
        )
        undo.setEnabled(False)
        redo.setEnabled(False)

    def action(self, action_id: A) -> QAction:
        return self.action_map[action_id]

    # -- what is shown ----------------------------------------------------------

    def update_page(self) -> None:
        """The welcome page for an empty library, the three panes otherwise."""
        has_issues = browse.has_issues(self.db)
        self.stack.setCurrentWidget(self.splitter if has_issues else self.welcome)
        for action_id in reading_actions():
            self.action_map[action_id].setEnabled(has_issues)

    def _restore_place(self) -> None:
        issue_id, article_id = window_state.last_place(self.settings)
        if issue_id is not None:
            self._pending_article = article_id
            if not self.issues_view.select_issue(issue_id):
                self._pending_article = None

    def _issue_selected(self, issue_id: int | None) -> None:
        same_issue = issue_id is not None and issue_id == self.articles_model.issue_id
        keep = self.articles_view.current_article_id() if same_issue else None
        target = self._pending_article or keep
        self._pending_article = None
        self.articles_view.show_issue(issue_id)
        if not (target and self.articles_view.select_article(target)):
            self.articles_view.select_row(0)
        self._remember_place()

    def _article_selected(self, article_id: int | None) -> None:
        article = get_article(self.db, article_id) if article_id is not None else None
        self.reader.show_article(article)
        self._remember_place()

    def _remember_place(self) -> None:
        window_state.save_place(
            self.settings,
            self.issues_view.current_issue_id(),
            self.articles_view.current_article_id(),
        )

    def refresh(self) -> None:
        """Read the library again (after an import, or a change made elsewhere)."""
        self.update_page()
        self.issues_view.reload()
        self.status.refresh_counts()

    # -- importing ----------------------------------------------------------------

    def import_files(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import Issue Files"),
            self.settings.get(LAST_IMPORT_DIR),
            self.tr("Issue files (*.txt *.md *.markdown);;All files (*)"),
        )
        if files:
            self.settings.set(LAST_IMPORT_DIR, str(Path(files[0]).parent))
            self.start_import([Path(name) for name in files])

    def import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Import a Folder of Issues"), self.settings.get(LAST_IMPORT_DIR)
        )
        if folder:
            self.settings.set(LAST_IMPORT_DIR, folder)
            self.start_import([Path(folder)])

    def open_samples(self) -> None:
        self.start_import(sample_issues(), show_summary=False)

    def start_import(
        self, paths: Sequence[Path], *, show_summary: bool = True
    ) -> BackgroundOp | None:
        """Import in the background; the panes refresh and a summary follows. One at a time."""
        if self.import_running is not None:
            self.status.showMessage(self.tr("An import is already running."), 5000)
            return None
        op = import_op(self, self.library_path, paths)
        op.on_success(lambda summary: self._import_done(summary, show_summary))
        op.on_failure(self._import_failed)
        op.finished.connect(self._import_ended)
        self.status.track(op, describe_progress)
        self.import_running = op
        for action_id in (A.IMPORT_FILES, A.IMPORT_FOLDER, A.OPEN_SAMPLES):
            self.action_map[action_id].setEnabled(False)
        self.import_started.emit(op)
        return op.run()

    def _import_ended(self) -> None:
        self.import_running = None
        for action_id in (A.IMPORT_FILES, A.IMPORT_FOLDER, A.OPEN_SAMPLES):
            self.action_map[action_id].setEnabled(True)

    def _import_done(self, summary: ImportSummary, show_summary: bool) -> None:
        self.refresh()
        first = next((r.issue_id for r in summary.results if r.issue_id is not None), None)
        if first is not None and self.issues_view.current_issue_id() is None:
            self.issues_view.select_issue(first)
        if show_summary or summary.failed or summary.cancelled:
            ImportSummaryDialog(summary, self).open()
        self.import_finished.emit(summary)

    def _import_failed(self, error: BaseException) -> None:
        self.refresh()
        QMessageBox.warning(
            self,
            self.tr("Import Failed"),
            self.tr("The import stopped: {error}").format(error=error),
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_paths(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if dropped_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.start_import(paths)

    # -- dialogs ------------------------------------------------------------------

    def edit_issue(self) -> IssueDialog | None:
        issue_id = self.issues_view.current_issue_id()
        leaf = browse.issue_row(self.db, issue_id) if issue_id is not None else None
        if leaf is None:
            self.status.showMessage(self.tr("Choose an issue first."), 5000)
            return None
        dialog = IssueDialog(leaf, self)
        dialog.accepted.connect(lambda: self.apply_issue_changes(leaf.id, dialog.changes()))
        dialog.open()
        return dialog

    def apply_issue_changes(self, issue_id: int, changes: dict[str, str | None]) -> None:
        """Store the edit, then re-read the tree; the issue stays selected at its new place."""
        if changes:
            update_issue(self.db, issue_id, **changes)
        self.issues_view.reload()

    def edit_preferences(self) -> PreferencesDialog:
        dialog = PreferencesDialog(self.settings, self)
        dialog.accepted.connect(lambda: apply_shortcuts(self.action_map, self.settings))
        dialog.accepted.connect(self.annotation_tools.apply_preferences)
        dialog.open()
        return dialog

    def find(self) -> None:
        text, ok = QInputDialog.getText(
            self, self.tr("Find in Article"), self.tr("Find:"), text=self._find_text
        )
        if ok and text:
            self._find_text = text
            self.find_next()

    def find_next(self) -> bool:
        found = self.reader.find_text(self._find_text)
        if not found and self._find_text:
            self.status.showMessage(
                self.tr("“{text}” is not in this article.").format(text=self._find_text), 5000
            )
        return found

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Issue Reader"),
            self.tr(
                "<h3>报刊校读 Issue Reader {version}</h3>"
                "<p>Read, proofread and annotate OCR'd newspaper issues.</p>"
            ).format(version=__version__),
        )

    # -- closing --------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.import_running is not None:
            self.import_running.cancel()  # stops between files; finished files stay
        wait_for_all()
        self._remember_place()
        window_state.save_shape(self)
        super().closeEvent(event)


def dropped_paths(mime: QMimeData) -> list[Path]:
    """Local files and folders in a drag, in the order given."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
