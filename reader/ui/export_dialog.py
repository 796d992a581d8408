"""File → Export…: choose what to export, in which format and where; preview; run in the background.

The scopes offered are the ones the window can tell: the current article,
the selected articles (when more than one is selected), the current issue,
the articles with a tag, the whole library. The preview shows the first
few thousand characters of the output, built by a reading worker with its
own connection (a library-wide preview reads only the first issues). The
export itself is `reader.export.run.export_to_path` in a worker with a
progress dialog and Cancel; it writes a temporary file and renames it, so
a cancelled export leaves nothing behind.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.db.connection import open_library
from reader.db.export_queries import tag_names
from reader.export.labels import CHINESE, ENGLISH, labels_for
from reader.export.run import (
    CSV,
    FORMATS,
    HTML,
    JSON,
    MARKDOWN,
    SUFFIXES,
    TEXT,
    ExportCancelled,
    ExportReport,
    export_to_path,
    preview,
)
from reader.export.scope import Scope
from reader.ui import i18n
from reader.ui.settings import LANGUAGE
from reader.ui.worker import BackgroundOp, TaskContext

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

CONTEXT = "ExportDialog"
PREVIEW_DELAY_MS = 150  # wait for the choices to settle before reading

FORMAT_NAMES = {
    MARKDOWN: QT_TRANSLATE_NOOP("ExportDialog", "Notes as Markdown (.md)"),
    HTML: QT_TRANSLATE_NOOP("ExportDialog", "Notes as a printable web page (.html)"),
    CSV: QT_TRANSLATE_NOOP("ExportDialog", "Annotations as a table (.csv)"),
    JSON: QT_TRANSLATE_NOOP("ExportDialog", "Annotations as W3C JSON, for other libraries (.json)"),
    TEXT: QT_TRANSLATE_NOOP("ExportDialog", "Corrected text as Markdown (.md)"),
}
FILE_NAMES = {MARKDOWN: "notes", HTML: "notes", CSV: "annotations", JSON: "annotations",
              TEXT: "corrected"}  # fmt: skip
FILTERS = {
    MARKDOWN: QT_TRANSLATE_NOOP("ExportDialog", "Markdown (*.md)"),
    HTML: QT_TRANSLATE_NOOP("ExportDialog", "Web page (*.html)"),
    CSV: QT_TRANSLATE_NOOP("ExportDialog", "CSV table (*.csv)"),
    JSON: QT_TRANSLATE_NOOP("ExportDialog", "JSON (*.json)"),
    TEXT: QT_TRANSLATE_NOOP("ExportDialog", "Markdown (*.md)"),
}
ARTICLE, SELECTED, ISSUE, TAG, LIBRARY = "article", "selected", "issue", "tag", "library"
SEARCH = "search"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def export_task(
    library_path: Path, scope: Scope, fmt: str, path: Path, language: str
) -> Callable[[TaskContext], ExportReport]:
    """The export on its own connection, reporting articles done and stopping on Cancel."""

    def run(ctx: TaskContext) -> ExportReport:
        db = open_library(library_path)
        try:
            return export_to_path(db, scope, fmt, path, labels=labels_for(language),
                                  progress=ctx.report, cancelled=ctx.cancelled)  # fmt: skip
        finally:
            db.close()

    return run


def preview_task(
    library_path: Path, scope: Scope, fmt: str, language: str
) -> Callable[[TaskContext], str]:
    def run(ctx: TaskContext) -> str:
        db = open_library(library_path)
        try:
            return preview(db, scope, fmt, labels=labels_for(language), cancelled=ctx.cancelled)
        finally:
            db.close()

    return run


def describe_progress(done: int, total: int, name: str) -> str:
    text = QCoreApplication.translate(
        "ExportDialog", "Exported {done} of {total} articles ({name})"
    )
    return text.format(done=done, total=total, name=name)


class ExportDialog(QDialog):
    """Scope, format, language and destination, a preview, and Export."""

    preview_shown = Signal(str)
    exported = Signal(object)  # ExportReport, after the file is in place

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Export"))
        self.window_ = window
        self.library_path = window.library_path
        self._generation = 0
        self._preview_op: BackgroundOp | None = None
        self.running: BackgroundOp | None = None
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self._build()
        self.reset_choices()

    # -- building --------------------------------------------------------------

    def _build(self) -> None:
        self.scope_box = QComboBox(self)
        self.tag_box = QComboBox(self)
        self.format_box = QComboBox(self)
        for fmt in FORMATS:
            self.format_box.addItem(tr(FORMAT_NAMES[fmt]), fmt)
        self.language_box = QComboBox(self)
        self.language_box.addItem("English", ENGLISH)
        self.language_box.addItem("中文（简体）", CHINESE)
        self.destination = QLineEdit(self)
        self.destination.setPlaceholderText(self.tr("Choose where to save the file"))
        choose = QPushButton(self.tr("Choose…"), self)
        choose.clicked.connect(self.choose_destination)
        self.preview_box = QPlainTextEdit(self)
        self.preview_box.setReadOnly(True)
        self.preview_box.setObjectName("export_preview")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self._lay_out(choose)
        self._connect()

    def _lay_out(self, choose: QPushButton) -> None:
        where = QHBoxLayout()
        where.addWidget(self.destination, 1)
        where.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("What:"), self.scope_box)
        form.addRow(self.tr("Tag:"), self.tag_box)
        form.addRow(self.tr("Format:"), self.format_box)
        form.addRow(self.tr("Language of the file:"), self.language_box)
        form.addRow(self.tr("Save as:"), _wrapped(where, self))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview_box, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 560)

    def _connect(self) -> None:
        for box in (self.scope_box, self.tag_box, self.format_box, self.language_box):
            box.currentIndexChanged.connect(self._choices_changed)
        self.format_box.currentIndexChanged.connect(self._follow_format)
        self.destination.textChanged.connect(self._update_buttons)
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)

    # -- choices ---------------------------------------------------------------

    def reset_choices(self) -> None:
        """Offer the scopes the window can tell now (the article or issue may have changed)."""
        window = self.window_
        self.article_id = window.articles_view.current_article_id()
        self.issue_id = window.issues_view.current_issue_id()
        self.selected_ids = selected_articles(window)
        self._search = getattr(window, "search", None)
        has_results = self._search is not None and bool(self._search.model.query)
        self.scope_box.blockSignals(True)
        self.scope_box.clear()
        offered = (
            (ARTICLE, self.tr("The current article"), self.article_id is not None),
            (SELECTED, self.tr("The selected articles"), len(self.selected_ids) > 1),
            (ISSUE, self.tr("The current issue"), self.issue_id is not None),
            (TAG, self.tr("The articles with a tag"), bool(self._fill_tags())),
            (SEARCH, self.tr("The search results"), has_results),
            (LIBRARY, self.tr("The whole library"), True),
        )
        for key, text, available in offered:
            if available:
                self.scope_box.addItem(text, key)
        self.scope_box.blockSignals(False)
        self.language_box.setCurrentIndex(self.language_box.findData(_interface_language(window)))
        self._choices_changed()

    def _fill_tags(self) -> list[str]:
        names = tag_names(self.window_.db)
        self.tag_box.blockSignals(True)
        self.tag_box.clear()
        self.tag_box.addItems(names)
        self.tag_box.blockSignals(False)
        return names

    def choose_scope(self, key: str) -> bool:
        index = self.scope_box.findData(key)
        if index >= 0:
            self.scope_box.setCurrentIndex(index)
        return index >= 0

    def choose_format(self, fmt: str) -> None:
        self.format_box.setCurrentIndex(self.format_box.findData(fmt))

    def choose_language(self, language: str) -> None:
        self.language_box.setCurrentIndex(self.language_box.findData(language))

    def set_destination(self, path: Path | str) -> None:
        self.destination.setText(str(path))

    def scope(self) -> Scope:
        key = self.scope_box.currentData()
        if key == ARTICLE and self.article_id is not None:
            return Scope.articles([self.article_id])
        if key == SELECTED:
            return Scope.articles(self.selected_ids)
        if key == ISSUE and self.issue_id is not None:
            return Scope.issues([self.issue_id])
        if key == TAG and self.tag_box.currentText():
            return Scope.tagged([self.tag_box.currentText()])
        if key == SEARCH and self._search is not None:
            # every hit, not just the loaded pages; only when this scope is chosen
            return Scope.search_results(self._search.result_ids())
        return Scope()

    def format(self) -> str:
        return str(self.format_box.currentData())

    def language(self) -> str:
        return str(self.language_box.currentData())

    def _choices_changed(self) -> None:
        self.tag_box.setEnabled(self.scope_box.currentData() == TAG)
        self._update_buttons()
        self._timer.start()

    def _follow_format(self) -> None:
        """Keep the destination's suffix in step with the format."""
        text = self.destination.text().strip()
        if text:
            self.destination.setText(str(Path(text).with_suffix(SUFFIXES[self.format()])))

    def _update_buttons(self) -> None:
        ready = bool(self.destination.text().strip()) and self.running is None
        self.export_button.setEnabled(ready)

    def choose_destination(self) -> None:
        fmt = self.format()
        start = self.destination.text().strip() or str(
            Path.home() / (FILE_NAMES[fmt] + SUFFIXES[fmt])
        )
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export To"), start, tr(FILTERS[fmt])
        )
        if name:
            path = Path(name)
            self.set_destination(path if path.suffix else path.with_suffix(SUFFIXES[fmt]))

    # -- preview -----------------------------------------------------------------

    def refresh_preview(self) -> BackgroundOp:
        """Read the first part of the output off the UI thread; older previews are dropped."""
        if self._preview_op is not None:
            self._preview_op.cancel()
        self._generation += 1
        generation = self._generation
        self.preview_box.setPlainText(self.tr("Preparing the preview…"))
        task = preview_task(self.library_path, self.scope(), self.format(), self.language())
        op = BackgroundOp(self, task)
        op.on_success(lambda text: self._show_preview(generation, text))
        op.on_failure(lambda error: self._preview_failed(generation, error))
        self._preview_op = op
        return op.run()

    def _show_preview(self, generation: int, text: str) -> None:
        if generation == self._generation:
            self.preview_box.setPlainText(text)
            self.preview_shown.emit(text)

    def _preview_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation and not isinstance(error, ExportCancelled):
            message = self.tr("No preview: {error}").format(error=error)
            self.preview_box.setPlainText(message)
            self.preview_shown.emit(message)

    def done(self, result: int) -> None:
        """Closing stops a preview still reading (a library-wide one can read for a while)."""
        self._timer.stop()
        if self._preview_op is not None:
            self._preview_op.cancel()
        super().done(result)

    # -- exporting ------------------------------------------------------------------

    def start_export(self) -> BackgroundOp | None:
        """Write the file in the background, with progress and Cancel for large scopes."""
        text = self.destination.text().strip()
        if not text or self.running is not None:
            return None
        path = Path(text).expanduser()
        task = export_task(self.library_path, self.scope(), self.format(), path, self.language())
        op = BackgroundOp(self, task)
        op.with_progress(self.tr("Exporting"), describe_progress, self.tr("Cancel"))
        op.on_success(lambda report: self._exported(report, path))
        op.on_failure(self._failed)
        op.finished.connect(self._ended)
        self.running = op
        self._update_buttons()
        return op.run()

    def _ended(self) -> None:
        self.running = None
        self._update_buttons()

    def _exported(self, report: ExportReport, path: Path) -> None:
        message = self.tr("Exported {count} annotations from {articles} articles to {path}")
        text = message.format(count=report.annotations, articles=report.articles, path=path)
        self.window_.status.showMessage(text, 8000)
        self.exported.emit(report)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ExportCancelled):
            self.window_.status.showMessage(self.tr("Export cancelled; nothing was written."), 8000)
            return
        QMessageBox.warning(
            self,
            self.tr("Export Failed"),
            self.tr("The export failed: {error}").format(error=error),
        )


def _wrapped(layout: QHBoxLayout, parent: QWidget) -> QWidget:
    holder = QWidget(parent)
    layout.setContentsMargins(0, 0, 0, 0)
    holder.setLayout(layout)
    return holder


def _interface_language(window: MainWindow) -> str:
    chosen = i18n.choose_language(window.settings.get(LANGUAGE))
    return CHINESE if chosen == i18n.CHINESE else ENGLISH


def selected_articles(window: MainWindow) -> list[int]:
    """The ids of the selected rows of the articles pane, top to bottom."""
    view = window.articles_view
    rows = sorted({index.row() for index in view.selectionModel().selectedRows()})
    ids = [view.articles_model().article_id(row) for row in rows]
    return [article_id for article_id in ids if article_id is not None]


def open_export_dialog(window: MainWindow) -> ExportDialog:
    """Open the window's export dialog (one per window, its choices refreshed each time)."""
    dialog = window.findChild(ExportDialog) or ExportDialog(window)
    dialog.reset_choices()
    dialog.open()
    return dialog
