"""The issue properties dialog: publication, date, page and title, as people correct them.

Dates are accepted the way people write them (2023-1-5, 2023年1月5日,
20230105) and stored as ISO text by the core's own date reader; a date that
cannot be read keeps the dialog open with a message. A blank field means
"not stated". Only fields that changed are returned, for
`reader.db.issues.update_issue`.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from reader.db.browse import IssueRow
from reader.importer.metadata import normalise_date


class IssueDialog(QDialog):
    def __init__(self, leaf: IssueRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("issue_dialog")
        self.setWindowTitle(self.tr("Issue Properties"))
        self.leaf = leaf
        self.fields = {
            "publication": QLineEdit(leaf.publication or "", self),
            "date": QLineEdit(leaf.date or "", self),
            "page": QLineEdit(leaf.page or "", self),
            "title": QLineEdit(leaf.title or "", self),
        }
        self.fields["date"].setPlaceholderText(self.tr("e.g. 2023-01-05 or 2023年1月5日"))
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Publication:"), self.fields["publication"])
        form.addRow(self.tr("&Date:"), self.fields["date"])
        form.addRow(self.tr("P&age:"), self.fields["page"])
        form.addRow(self.tr("&Title:"), self.fields["title"])
        source = QLabel(self.leaf.source_path, self)
        source.setWordWrap(True)
        form.addRow(self.tr("File:"), source)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def values(self) -> dict[str, str | None]:
        """Every field as it would be stored (date normalised, blanks as None)."""
        values: dict[str, str | None] = {
            name: edit.text().strip() or None for name, edit in self.fields.items()
        }
        if values["date"]:
            values["date"] = normalise_date(values["date"])
        return values

    def changes(self) -> dict[str, str | None]:
        """Only the fields that differ from the issue as it was."""
        before = {
            "publication": self.leaf.publication,
            "date": self.leaf.date,
            "page": self.leaf.page,
            "title": self.leaf.title,
        }
        return {name: value for name, value in self.values().items() if value != before[name]}

    def accept(self) -> None:
        typed = self.fields["date"].text().strip()
        if typed and normalise_date(typed) is None:
            self.error.setText(
                self.tr("“{date}” is not a date this reader understands.").format(date=typed)
            )
            self.error.show()
            self.fields["date"].setFocus()
            return
        super().accept()
