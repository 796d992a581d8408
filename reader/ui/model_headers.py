"""Column headers of the window's table models: one translated text per column.

Each model declares `HEADERS` (column → text marked with QT_TRANSLATE_NOOP in its own
context); this turns a `headerData` call into that text, so the models say only what
differs (a tooltip, an alignment).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt


def column_header(
    headers: Mapping[Any, str], context: str, section: int, orientation: Qt.Orientation, role: int
) -> str | None:
    """The translated header text of `section`, for the horizontal header's display role."""
    if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
        return None
    text = headers.get(section)  # IntEnum columns compare and hash as their numbers
    return QCoreApplication.translate(context, text) if text is not None else None
