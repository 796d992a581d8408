"""Choosing the interface language and loading its translations.

The window speaks English (the source strings) and Simplified Chinese
(`resources/translations/issue_reader_zh_CN.qm`). The language comes from,
in order: `$ISSUE_READER_LANGUAGE`, the Preferences choice, the system
locale. Any Chinese locale gets Simplified Chinese: it reads better than
English for a Traditional-Chinese reader until a zh_TW translation exists.
Qt's own strings (standard buttons, file dialogs) come from Qt's qtbase
translation shipped with PySide6.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from reader.paths import resources_dir

LANGUAGE_ENV = "ISSUE_READER_LANGUAGE"
ENGLISH = "en"
CHINESE = "zh_CN"
LANGUAGES = (ENGLISH, CHINESE)
CATALOG = "issue_reader"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def normalise(code: str | None) -> str | None:
    """`zh`, `zh-CN`, `zh_Hans` → `zh_CN`; `en_GB` → `en`; unknown → None."""
    if not code:
        return None
    code = code.strip().replace("-", "_").lower()
    if code.startswith("zh"):
        return CHINESE
    if code.startswith("en") or code in ("c", "posix"):
        return ENGLISH
    return None


def system_language() -> str:
    return normalise(QLocale.system().name()) or ENGLISH


def choose_language(preference: str = "") -> str:
    """The language to use now: environment, then preference, then the system."""
    return normalise(os.environ.get(LANGUAGE_ENV)) or normalise(preference) or system_language()


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load our catalogue and Qt's for `language`; English needs none."""
    if language == ENGLISH:
        return []
    installed = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (
        (f"{CATALOG}_{language}", translations_dir()),
        (f"qtbase_{language}", qt_dir),
    ):
        translator = QTranslator(app)
        if translator.load(name, str(folder)) and app.installTranslator(translator):
            installed.append(translator)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
