"""Importing from the window: the background task, its progress, and the summary afterwards.

The task is `reader.importer.run.import_paths` on a connection the worker
thread opens itself on the same library file. Cancel is checked between
files, so every finished file stays imported and none is half-written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from reader.db.connection import open_library
from reader.importer.run import FAILED, IMPORTED, NEW_VERSION, PRESENT, ImportSummary, import_paths
from reader.ui.worker import BackgroundOp, TaskContext


def import_task(
    library_path: Path, paths: Sequence[Path]
) -> Callable[[TaskContext], ImportSummary]:
    """A task importing `paths` into the library at `library_path` with its own connection."""

    def run(ctx: TaskContext) -> ImportSummary:
        db = open_library(library_path)
        try:
            return import_paths(
                db,
                list(paths),
                progress=lambda done, total, path: ctx.report(done, total, path.name),
                cancelled=ctx.cancelled,
            )
        finally:
            db.close()

    return run


def describe_progress(done: int, total: int, name: str) -> str:
    if not total:
        return QCoreApplication.translate("Import", "Looking for issue files…")
    if done >= total:
        return QCoreApplication.translate("Import", "Imported {done} of {total} files").format(
            done=done, total=total
        )
    return QCoreApplication.translate("Import", "Importing {current} of {total}: {name}").format(
        current=done + 1, total=total, name=name
    )


def import_op(parent: QWidget, library_path: Path, paths: Sequence[Path]) -> BackgroundOp:
    """The import as a writing background operation with a progress dialog and Cancel."""
    op = BackgroundOp(parent, import_task(library_path, paths), writes=True)
    return op.with_progress(
        QCoreApplication.translate("Import", "Importing"),
        describe_progress,
        QCoreApplication.translate("Import", "Cancel"),
    )


def summary_counts(summary: ImportSummary) -> list[tuple[str, int]]:
    return [
        (QCoreApplication.translate("Import", "Imported"), summary.count(IMPORTED)),
        (QCoreApplication.translate("Import", "Already in the library"), summary.count(PRESENT)),
        (QCoreApplication.translate("Import", "New versions"), summary.count(NEW_VERSION)),
        (QCoreApplication.translate("Import", "Failed"), summary.count(FAILED)),
    ]


class ImportSummaryDialog(QDialog):
    """What an import did: counts by outcome, and each failure with its reason."""

    def __init__(self, summary: ImportSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_summary")
        self.setWindowTitle(self.tr("Import Finished"))
        self.summary = summary
        layout = QVBoxLayout(self)
        self.note = QLabel(self)
        if summary.cancelled:
            self.note.setText(
                self.tr("The import was cancelled. Files finished before that are kept.")
            )
        self.note.setVisible(summary.cancelled)
        layout.addWidget(self.note)
        line = self.tr("{label}: {count}")
        counts = "\n".join(
            line.format(label=label, count=n) for label, n in summary_counts(summary)
        )
        self.counts_label = QLabel(counts, self)
        layout.addWidget(self.counts_label)
        if summary.failed:
            layout.addWidget(QLabel(self.tr("Not imported:"), self))
            self.failures = QPlainTextEdit(self)
            self.failures.setReadOnly(True)
            self.failures.setPlainText("\n".join(f"{r.path}: {r.message}" for r in summary.failed))
            layout.addWidget(self.failures, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
