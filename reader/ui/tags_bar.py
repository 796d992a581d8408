"""The strip above the reader: the selected articles' tags, the tag field, suggested tags.

    Tags: [教育 ×] [地点/解放区 2/3 ×] [add a tag…        ]
    Suggested: [+ 义务教育] [+ 信息化] [+ 河南省]

A chip's × takes its tag off the selected articles; clicking the chip
itself lists every article with that tag (the tags filter). With several
articles selected, a tag only some of them carry shows how many ("2/3").
Suggestions are for the article being read and add to it alone. The bar
only shows and asks; `tag_actions` does the editing.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from reader.db.tags import TagRow
from reader.ui.tag_chips import Chip, ColorOf, FlowLayout
from reader.ui.tag_field import TagField


class ChipRow(QWidget):
    """A label, then chips that wrap, then (optionally) a trailing widget such as the field."""

    def __init__(
        self, label: str, trailing: QWidget | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.flow = FlowLayout(self)
        self.label = QLabel(label, self)
        self.flow.addWidget(self.label)
        self.trailing = trailing
        if trailing is not None:
            self.flow.addWidget(trailing)
        self.chips: list[Chip] = []

    def set_chips(self, chips: Sequence[Chip]) -> None:
        for chip in self.chips:
            self.flow.removeWidget(chip)
            chip.deleteLater()
        self.chips = list(chips)
        for position, chip in enumerate(self.chips, start=1):
            self.flow.insert_widget(position, chip)
            chip.show()
        self.updateGeometry()


class TagBar(QWidget):
    add_requested = Signal(str)  # typed in the field
    remove_requested = Signal(str)  # a chip's ×
    show_requested = Signal(str)  # a chip clicked: list the articles with this tag
    suggestion_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tag_bar")
        self.field = TagField(self)
        self.field.setMinimumWidth(self.fontMetrics().horizontalAdvance("国" * 12))
        self.field.tag_entered.connect(self.add_requested)
        self.tags_row = ChipRow(self.tr("Tags:"), self.field, self)
        self.suggestions_row = ChipRow(self.tr("Suggested:"), None, self)
        self.suggestions_row.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(3)
        layout.addWidget(self.tags_row)
        layout.addWidget(self.suggestions_row)
        self.set_selection_size(0)

    def set_selection_size(self, selected: int) -> None:
        self.field.setEnabled(selected > 0)
        if selected > 1:
            text = self.tr("Add a tag to {count} articles…").format(count=selected)
        else:
            text = self.tr("Add a tag…") if selected else self.tr("Choose an article to tag it")
        self.field.setPlaceholderText(text)

    def show_tags(self, tags: Sequence[tuple[TagRow, int]], selected: int) -> None:
        """The tags on the selected articles, each with how many of them carry it."""
        chips = []
        for tag, count in tags:
            text = tag.name if count >= selected else f"{tag.name} {count}/{selected}"
            chip = Chip(tag.name, tag.color, text=text, closable=True)
            chip.setToolTip(self.tr("Click: every article tagged {name}. ×: take it off.").format(
                name=tag.name))  # fmt: skip
            chip.removed.connect(self.remove_requested)
            chip.activated.connect(self.show_requested)
            chips.append(chip)
        self.tags_row.set_chips(chips)
        self.set_selection_size(selected)

    def show_suggestions(self, names: Sequence[str], color_of: ColorOf) -> None:
        chips = []
        for name in names:
            chip = Chip(name, color_of(name), text=f"+ {name}")
            chip.setToolTip(self.tr("Add the tag {name} to this article").format(name=name))
            chip.activated.connect(self.suggestion_chosen)
            chips.append(chip)
        self.suggestions_row.set_chips(chips)
        self.suggestions_row.setVisible(bool(chips))

    def tag_chips(self) -> list[Chip]:
        return list(self.tags_row.chips)

    def suggestion_chips(self) -> list[Chip]:
        return list(self.suggestions_row.chips)
