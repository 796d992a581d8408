"""The tags pane's own actions on its chosen tag, each with its dialog: rename, colour, delete.

The dialogs only ask; the edits (and the merge and delete confirmations,
which need the counts) are `TagsFeature`'s, so tests can make them without
dialogs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QInputDialog

if TYPE_CHECKING:
    from reader.ui.tag_actions import TagsFeature

NO_COLOR = "#808080"  # where the colour dialog starts for a tag without one


def _chosen(feature: TagsFeature) -> str | None:
    name = feature.pane.current_name()
    if name is None:
        feature.say(
            QCoreApplication.translate("TagDialogs", "Choose a tag in the tags pane first.")
        )
    return name


def rename_current(feature: TagsFeature) -> None:
    old = _chosen(feature)
    if old is None:
        return
    new, ok = QInputDialog.getText(
        feature.window,
        QCoreApplication.translate("TagDialogs", "Rename Tag"),
        QCoreApplication.translate("TagDialogs", "New name for {name}:").format(name=old),
        text=old,
    )
    if ok and new.strip():
        feature.rename_tag(old, new)


def color_current(feature: TagsFeature) -> None:
    name = _chosen(feature)
    if name is None:
        return
    color = QColorDialog.getColor(
        QColor(feature.colors.get(name, NO_COLOR)),
        feature.window,
        QCoreApplication.translate("TagDialogs", "Tag Colour"),
    )
    if color.isValid():
        feature.set_color(name, color.name())


def delete_current(feature: TagsFeature) -> None:
    name = _chosen(feature)
    if name is not None:
        feature.delete_tag(name)
