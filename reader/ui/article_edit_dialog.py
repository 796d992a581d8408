"""The Edit Article dialog: title, kicker, subtitle, byline, column name and kind.

It only collects what changed (`changes()`); the article feature stores it
through `reader.db.article_edits.edit_article`, which the undo stack can
take back. An empty optional field clears it; the title may not be empty,
so OK stays off until there is one.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from reader.db.articles import ArticleRow
from reader.model import ARTICLE_KINDS
from reader.ui.articles_model import KIND_NAMES, translated

FIELDS = ("title", "kicker", "subtitle", "byline", "column")


class ArticleEditDialog(QDialog):
    def __init__(self, article: ArticleRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("article_edit_dialog")
        self.setWindowTitle(self.tr("Edit Article"))
        self.article = article
        self.fields: dict[str, QLineEdit] = {}
        for name in FIELDS:
            edit = QLineEdit(getattr(article, name) or "", self)
            edit.setObjectName(name)
            self.fields[name] = edit
        self.kind = QComboBox(self)
        for kind in ARTICLE_KINDS:
            self.kind.addItem(translated(KIND_NAMES.get(kind, kind)), kind)
        self.kind.setCurrentIndex(max(self.kind.findData(article.kind), 0))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.fields["title"].textChanged.connect(self._check)
        self._lay_out()
        self.resize(520, 0)

    def _lay_out(self) -> None:
        form = QFormLayout()
        labels = {
            "title": self.tr("&Title:"),
            "kicker": self.tr("&Kicker:"),
            "subtitle": self.tr("&Subtitle:"),
            "byline": self.tr("&Byline:"),
            "column": self.tr("&Column name:"),
        }
        for name in FIELDS:
            form.addRow(labels[name], self.fields[name])
        form.addRow(self.tr("K&ind:"), self.kind)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.fields["title"].text().strip()))

    def changes(self) -> dict[str, str | None]:
        """The fields whose value differs from the article's (empty optional fields → None)."""
        found: dict[str, str | None] = {}
        for name, edit in self.fields.items():
            value: str | None = edit.text().strip() or None
            if value != (getattr(self.article, name) or None):
                found[name] = value
        if self.kind.currentData() != self.article.kind:
            found["kind"] = str(self.kind.currentData())
        return found
