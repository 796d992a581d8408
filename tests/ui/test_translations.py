"""The window speaks Simplified Chinese: the catalogue is complete, compiled, and loads."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from reader.ui import i18n
from reader.ui.actions import ActionId, plain_text

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


@pytest.fixture
def chinese(qapp):
    translators = i18n.install_translators(qapp, i18n.CHINESE)
    yield translators
    i18n.remove_translators(qapp, translators)


def test_chinese_catalogue_loads_and_translates_known_strings(chinese):
    assert len(chinese) == 2  # ours and Qt's own
    assert QCoreApplication.translate("Menus", "&File") == "文件(&F)"
    assert QCoreApplication.translate("IssuesModel", "No date") == "未注明日期"
    assert QCoreApplication.translate("IssuesModel", "Unknown publication") == "未注明报刊"
    assert plain_text(ActionId.IMPORT_FILES) == "导入文件"  # the (&F) mnemonic is dropped too


def test_a_window_built_in_chinese_shows_chinese(chinese, window, sample_library):
    # `window` is built after the translator is installed (fixture order)
    assert [menu.title() for menu in window.menus] == [
        "文件(&F)",
        "编辑(&E)",
        "视图(&V)",
        "转到(&G)",
        "批注(&A)",
        "文章(&R)",
        "标签(&S)",
        "标记(&L)",
        "工具(&T)",
        "帮助(&H)",
    ]
    assert window.issues_model.index(0, 0).data() == "未注明报刊 (2)"
    assert window.windowTitle().endswith("— 报刊校读")
    assert window.articles_model.headerData(0, Qt.Orientation.Horizontal) == "标题"


def test_english_needs_no_translator(qapp):
    assert i18n.install_translators(qapp, i18n.ENGLISH) == []
    assert QCoreApplication.translate("Menus", "&File") == "&File"


def test_language_comes_from_env_then_preference_then_system(monkeypatch):
    monkeypatch.setenv(i18n.LANGUAGE_ENV, "zh-CN")
    assert i18n.choose_language("en") == "zh_CN"
    monkeypatch.setenv(i18n.LANGUAGE_ENV, "en")
    assert i18n.choose_language("zh_CN") == "en"
    monkeypatch.delenv(i18n.LANGUAGE_ENV)
    assert i18n.choose_language("zh_CN") == "zh_CN"
    monkeypatch.setattr(i18n, "system_language", lambda: "zh_CN")
    assert i18n.choose_language("") == "zh_CN"
    assert i18n.normalise("zh_TW") == "zh_CN" and i18n.normalise("fr_FR") is None


def test_every_string_of_the_window_is_translated(tmp_path):
    """lupdate over today's sources finds nothing new, and nothing is left unfinished."""
    if not LUPDATE.exists() and not shutil.which("pyside6-lupdate"):
        pytest.skip("pyside6-lupdate is not installed")
    sys.path.insert(0, str(TRANSLATIONS))
    try:
        import update
    finally:
        sys.path.pop(0)
    copy = tmp_path / "check.ts"
    shutil.copy(update.catalogue("zh_CN"), copy)
    subprocess.run(
        [update.tool("pyside6-lupdate"), *update.sources(), "-no-obsolete", "-ts", str(copy)],
        cwd=update.ROOT, check=True, capture_output=True,
    )  # fmt: skip
    assert update.unfinished(copy) == []
    compiled = tmp_path / "check.qm"
    subprocess.run(
        [update.tool("pyside6-lrelease"), str(update.catalogue("zh_CN")), "-qm", str(compiled)],
        check=True, capture_output=True,
    )  # fmt: skip
    shipped = update.catalogue("zh_CN").with_suffix(".qm")
    assert shipped.read_bytes() == compiled.read_bytes()  # the .qm beside the .ts is up to date


def test_every_message_has_the_context_the_code_asks_for(chinese):
    """lupdate files a module-level `tr()` wrapper's strings under the empty context, which
    no code asks for at run time: such strings would stay English in a Chinese window."""
    import xml.etree.ElementTree as ET

    catalogue = ET.parse(i18n.translations_dir() / "issue_reader_zh_CN.ts").getroot()
    assert all(ctx.findtext("name") for ctx in catalogue.iter("context"))
    for context, source in (
        ("LibraryCare", "Restore from Backup"),
        ("AlsoIn", "Also In"),
        ("AlsoIn", "identical"),
    ):
        assert QCoreApplication.translate(context, source) != source
