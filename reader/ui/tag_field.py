"""The tag field: type a tag (new or existing, `地点/解放区` allowed), press Enter to add it.

Completion offers the library's tag names containing what is typed, so
"解放" finds `地点/解放区` without knowing its place in the hierarchy. The
names are a plain list in a QStringListModel: even a large library has a
few thousand tags, not the hundreds of thousands the article list is lazy for.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget


class TagField(QLineEdit):
    """Emits `tag_entered` with the text when Enter is pressed on a non-empty field."""

    tag_entered = Signal(str)
    escaped = Signal()  # Escape: back to where the person was reading

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tag_field")
        self.setClearButtonEnabled(True)
        self.names = QStringListModel(self)
        completer = QCompleter(self.names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.returnPressed.connect(self._entered)

    def set_names(self, names: list[str]) -> None:
        self.names.setStringList(names)

    def _entered(self) -> None:
        text = self.text().strip()
        if text:
            self.tag_entered.emit(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape leaves the field (back to where the person was reading)."""
        if event.key() == Qt.Key.Key_Escape and not self.completer().popup().isVisible():
            self.clear()
            self.escaped.emit()
            return
        super().keyPressEvent(event)
