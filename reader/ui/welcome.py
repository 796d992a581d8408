"""The page an empty library opens on: what this is, and the three ways to fill it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from reader.ui.actions import ActionId, plain_text


class WelcomePage(QWidget):
    """Buttons for Import files…, Import folder… and Open the sample issues."""

    def __init__(self, actions: dict[ActionId, QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self._title())
        layout.addWidget(self._text(self.tr("This library has no issues yet.")))
        layout.addSpacing(16)
        self.buttons: dict[ActionId, QPushButton] = {}
        for action_id in (ActionId.IMPORT_FILES, ActionId.IMPORT_FOLDER, ActionId.OPEN_SAMPLES):
            layout.addWidget(
                self._button(actions[action_id], action_id), 0, Qt.AlignmentFlag.AlignHCenter
            )
        layout.addSpacing(16)
        layout.addWidget(
            self._text(self.tr("You can also drop issue files or folders onto this window."))
        )
        layout.addStretch(3)

    def _title(self) -> QLabel:
        label = QLabel(self.tr("报刊校读 Issue Reader"), self)
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        label.setFont(font)
        label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        return label

    def _text(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        label.setWordWrap(True)
        return label

    def _button(self, action: QAction, action_id: ActionId) -> QPushButton:
        button = QPushButton(
            plain_text(action_id) + ("…" if action.text().endswith("…") else ""), self
        )
        button.setMinimumWidth(260)
        button.setObjectName(f"welcome_{action_id.value}")
        button.clicked.connect(action.trigger)
        self.buttons[action_id] = button
        return button
