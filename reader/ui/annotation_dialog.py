"""The small dialog that asks for an annotation's correction and note.

One dialog serves making and editing: the quote is shown for orientation,
the category can be changed, the correction field shows only for OCR errors
(an empty correction means "delete this text"), and the note is free
Markdown over several lines. It is opened window-modal with `open()`, so
tests (and the kill test's script) fill it in and accept it like a person.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from reader.annotate.model import CATEGORIES, OCR_ERROR
from reader.ui.highlights import category_name

QUOTE_SHOWN = 120  # characters of the quote shown above the fields


class AnnotationDialog(QDialog):
    """Category, correction and note for one span of text."""

    def __init__(
        self,
        category: str,
        quote: str,
        parent: QWidget | None = None,
        *,
        correction: str | None = None,
        note: str | None = None,
        editing: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("annotation_dialog")
        self.setWindowTitle(self.tr("Edit Annotation") if editing else category_name(category))
        self.quote = quote
        self.category = QComboBox(self)
        for name in CATEGORIES:
            self.category.addItem(category_name(name), name)
        self.category.setCurrentIndex(max(self.category.findData(category), 0))
        self.correction = QLineEdit(self)
        self.correction.setObjectName("correction")
        self.correction.setText(quote if correction is None else correction)
        self.correction.selectAll()
        help_text = self.tr("Leave it empty to mark the text for deletion.")
        self.correction_help = QLabel(help_text, self)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("note")
        self.note.setPlainText(note or "")
        self.note.setPlaceholderText(self.tr("Markdown: **bold**, *italic*, - lists, > quotes"))
        self.note.setTabChangesFocus(True)
        self._lay_out()
        self.category.currentIndexChanged.connect(self._category_changed)
        self._category_changed()
        self.resize(460, 320)

    def _lay_out(self) -> None:
        quote = QLabel(_shortened(self.quote), self)
        quote.setWordWrap(True)
        quote.setObjectName("quote")
        quote.setStyleSheet("font-size: 120%; padding: 4px;")
        form = QFormLayout()
        form.addRow(self.tr("Text:"), quote)
        form.addRow(self.tr("&Category:"), self.category)
        self.correction_label = QLabel(self.tr("Co&rrect text:"), self)
        self.correction_label.setBuddy(self.correction)
        form.addRow(self.correction_label, self.correction)
        form.addRow("", self.correction_help)
        form.addRow(self.tr("&Note:"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(buttons)

    def _category_changed(self) -> None:
        is_error = self.chosen_category() == OCR_ERROR
        for widget in (self.correction_label, self.correction, self.correction_help):
            widget.setVisible(is_error)
        (self.correction if is_error else self.note).setFocus()

    def chosen_category(self) -> str:
        return str(self.category.currentData())

    def values(self) -> dict[str, Any]:
        """category, correction (None when not an OCR error or left as it was) and note."""
        correction: str | None = None
        if self.chosen_category() == OCR_ERROR:
            correction = self.correction.text()
            if correction == self.quote:
                correction = None  # unchanged: an error whose fix is not known yet
        note = self.note.toPlainText()
        return {
            "category": self.chosen_category(),
            "correction": correction,
            "note": note if note.strip() else None,
        }


def _shortened(quote: str) -> str:
    shown = quote.replace("\n", " ")
    return shown if len(shown) <= QUOTE_SHOWN else shown[: QUOTE_SHOWN - 1] + "…"
