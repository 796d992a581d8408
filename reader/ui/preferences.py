"""The Preferences dialog: interface language and keyboard shortcuts.

The language applies at the next start (the whole window is built with
translated strings once; the dialog says so). Shortcuts apply at once and
are stored per action id; a shortcut equal to the default is not stored, so
changing a default later reaches everyone who never changed it. Two actions
with the same shortcut are refused, with the clash named.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QKeySequenceEdit,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from reader.ui.actions import ActionId, default_shortcuts, plain_text, shortcuts_for
from reader.ui.highlight_prefs import HighlightColorsBox
from reader.ui.i18n import CHINESE, ENGLISH
from reader.ui.settings import LANGUAGE, Settings

PORTABLE = QKeySequence.SequenceFormat.PortableText


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences")
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = settings
        self.language = QComboBox(self)
        for code, name in (
            ("", self.tr("System default")),
            (ENGLISH, "English"),
            (CHINESE, "简体中文"),
        ):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(settings.get(LANGUAGE)), 0))
        self.editors: dict[ActionId, QKeySequenceEdit] = {}
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        defaults = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.setText(self.tr("Default Shortcuts"))
        defaults.clicked.connect(self.restore_default_shortcuts)
        self._lay_out()
        self.resize(520, 760)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        language_box = QGroupBox(self.tr("Language"), self)
        language_form = QFormLayout(language_box)
        language_form.addRow(self.tr("&Interface language:"), self.language)
        note = QLabel(
            self.tr("A new language takes effect the next time Issue Reader starts."), self
        )
        note.setWordWrap(True)
        language_form.addRow(note)
        layout.addWidget(language_box)
        shortcuts_box = QGroupBox(self.tr("Keyboard shortcuts"), self)
        box_layout = QVBoxLayout(shortcuts_box)
        scroll = QScrollArea(shortcuts_box)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._shortcut_rows())
        box_layout.addWidget(scroll)
        layout.addWidget(shortcuts_box, 1)
        self.colors = HighlightColorsBox(self.settings, self)
        layout.addWidget(self.colors)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _shortcut_rows(self) -> QWidget:
        rows = QWidget(self)
        form = QFormLayout(rows)
        for action_id in ActionId:
            editor = QKeySequenceEdit(rows)
            editor.setObjectName(f"shortcut_{action_id.value}")
            editor.setMaximumSequenceLength(1)
            current = shortcuts_for(action_id, self.settings)
            editor.setKeySequence(current[0] if current else QKeySequence())
            editor.keySequenceChanged.connect(self._check)
            clear = QPushButton(self.tr("Clear"), rows)
            clear.clicked.connect(editor.clear)
            line = QHBoxLayout()
            line.addWidget(editor, 1)
            line.addWidget(clear)
            form.addRow(plain_text(action_id), line)
            self.editors[action_id] = editor
        return rows

    def restore_default_shortcuts(self) -> None:
        for action_id, editor in self.editors.items():
            defaults = default_shortcuts(action_id)
            editor.setKeySequence(defaults[0] if defaults else QKeySequence())

    def clashes(self) -> list[tuple[ActionId, ActionId, str]]:
        seen: dict[str, ActionId] = {}
        found = []
        for action_id, editor in self.editors.items():
            text = editor.keySequence().toString(PORTABLE)
            if text and text in seen:
                found.append((seen[text], action_id, text))
            seen.setdefault(text, action_id)
        return found

    def _check(self) -> bool:
        clashes = self.clashes()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not clashes)
        if clashes:
            first, second, keys = clashes[0]
            native = QKeySequence.fromString(keys, PORTABLE).toString(
                QKeySequence.SequenceFormat.NativeText
            )
            self.error.setText(
                self.tr("“{first}” and “{second}” both use {keys}.").format(
                    first=plain_text(first), second=plain_text(second), keys=native
                )
            )
        self.error.setVisible(bool(clashes))
        return not clashes

    def accept(self) -> None:
        if not self._check():
            return
        self.settings.set(LANGUAGE, str(self.language.currentData()))
        self.colors.store()
        for action_id, editor in self.editors.items():
            self.settings.set_shortcut(action_id.value, self._stored_text(action_id, editor))
        self.settings.sync()
        super().accept()

    def _stored_text(self, action_id: ActionId, editor: QKeySequenceEdit) -> str | None:
        """None when the editor shows the default (so the default is not frozen in)."""
        text = editor.keySequence().toString(PORTABLE)
        defaults = default_shortcuts(action_id)
        default_text = defaults[0].toString(PORTABLE) if defaults else ""
        return None if text == default_text else text
