"""The highlight colours in Preferences: one colour button per annotation category.

Colours are stored as `#rrggbb` under `preferences/` (declared in
`settings.HIGHLIGHT_COLORS`) only when the dialog is accepted; "Default"
puts the light defaults back. The reader redraws with them at once.
"""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QWidget,
)

from reader.annotate.model import CATEGORIES
from reader.ui.highlights import category_color, category_name, swatch_icon
from reader.ui.settings import HIGHLIGHT_COLORS, Settings


class HighlightColorsBox(QGroupBox):
    """Choose the highlight colour of each category."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Highlight colours"), parent)
        self.setObjectName("highlight_colors")
        self.settings = settings
        self.colors = {c: category_color(settings, c) for c in CATEGORIES}
        self.buttons: dict[str, QPushButton] = {}
        form = QFormLayout(self)
        for category in CATEGORIES:
            button = QPushButton(self)
            button.setObjectName(f"color_{category}")
            button.clicked.connect(lambda _checked=False, c=category: self.choose(c))
            reset = QPushButton(self.tr("Default"), self)
            reset.clicked.connect(lambda _checked=False, c=category: self.set_color(c, None))
            line = QHBoxLayout()
            line.addWidget(button, 1)
            line.addWidget(reset)
            form.addRow(category_name(category), line)
            self.buttons[category] = button
            self._show(category)

    def choose(self, category: str) -> None:
        title = self.tr("Colour for {category}").format(category=category_name(category))
        color = QColorDialog.getColor(self.colors[category], self, title)
        if color.isValid():
            self.set_color(category, color)

    def set_color(self, category: str, color: QColor | None) -> None:
        """A chosen colour, or None for the category's default."""
        self.colors[category] = color or QColor(HIGHLIGHT_COLORS[category].default)
        self._show(category)

    def _show(self, category: str) -> None:
        color = self.colors[category]
        self.buttons[category].setIcon(swatch_icon(color))
        self.buttons[category].setText(color.name())

    def store(self) -> None:
        for category, color in self.colors.items():
            option = HIGHLIGHT_COLORS[category]
            if color.name() == option.default:
                self.settings.reset(option)
            else:
                self.settings.set(option, color.name())
