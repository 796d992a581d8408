"""Every setting the window keeps, declared once with its type and default (Picard's options.py).

Preferences (what people choose) and window state (what the window
remembers about itself) live in separate groups, so resetting one never
touches the other. Shortcuts are keyed by action id under `shortcuts/`.

Settings go to an INI file through an explicit organisation/application
name, never the platform registry, so tests can redirect them with
`QSettings.setPath(IniFormat, UserScope, tmp_dir)` and never see the user's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "issue-reader"
APPLICATION = "issue-reader"

T = TypeVar("T")


@dataclass(frozen=True)
class Option(Generic[T]):
    """One setting: where it is stored, its Python type and its default."""

    key: str
    type: type
    default: T


# -- preferences: chosen by the user in the Preferences dialog ----------------
LANGUAGE = Option[str]("preferences/language", str, "")  # "" = follow the system
# Highlight colour per annotation category (light, so Chinese stays readable through them).
HIGHLIGHT_COLORS = {
    "ocr_error": Option[str]("preferences/highlight_ocr_error", str, "#f8bcb6"),
    "note": Option[str]("preferences/highlight_note", str, "#fbeb9a"),
    "important": Option[str]("preferences/highlight_important", str, "#c3e8bd"),
    "question": Option[str]("preferences/highlight_question", str, "#bfdcfa"),
}

# -- window state: remembered by the window itself ----------------------------
GEOMETRY = Option[QByteArray]("window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Option[QByteArray]("window/state", QByteArray, QByteArray())
SPLITTER = Option[QByteArray]("window/splitter", QByteArray, QByteArray())
ISSUES_HEADER = Option[QByteArray]("window/issues_header", QByteArray, QByteArray())
ARTICLES_HEADER = Option[QByteArray]("window/articles_header", QByteArray, QByteArray())
LAST_ISSUE = Option[int]("window/last_issue", int, 0)
LAST_ARTICLE = Option[int]("window/last_article", int, 0)
ZOOM = Option[int]("window/zoom", int, 0)
LAST_IMPORT_DIR = Option[str]("window/last_import_dir", str, "")

SHORTCUTS_GROUP = "shortcuts"


def open_store() -> QSettings:
    """The settings file for the current user (an INI file, redirectable in tests)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


class Settings:
    """Typed access to the declared options, plus the per-action shortcuts."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else open_store()

    def get(self, option: Option[T]) -> T:
        if not self.store.contains(option.key):
            return option.default
        value: Any = self.store.value(option.key)
        return _coerce(value, option)

    def set(self, option: Option[T], value: T) -> None:
        self.store.setValue(option.key, value)

    def reset(self, option: Option[Any]) -> None:
        self.store.remove(option.key)

    def shortcut(self, action_id: str) -> str | None:
        """The user's shortcut text for an action ("" = none), or None for the default."""
        key = f"{SHORTCUTS_GROUP}/{action_id}"
        if not self.store.contains(key):
            return None
        return str(self.store.value(key) or "")

    def set_shortcut(self, action_id: str, portable_text: str | None) -> None:
        """Store a shortcut as portable text; None goes back to the default."""
        key = f"{SHORTCUTS_GROUP}/{action_id}"
        if portable_text is None:
            self.store.remove(key)
        else:
            self.store.setValue(key, portable_text)

    def sync(self) -> None:
        self.store.sync()


def _coerce(value: Any, option: Option[T]) -> T:
    """INI files give back strings; turn them into the declared type, or the default."""
    if option.type is QByteArray:
        return value if isinstance(value, QByteArray) else option.default
    try:
        return option.type(value)
    except (TypeError, ValueError):
        return option.default
