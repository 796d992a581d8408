"""File → Export… in the window: scopes it can tell, a preview off the UI thread, export, cancel."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from PySide6.QtWidgets import QPushButton
from shiboken6 import Shiboken

from reader.db.connection import open_library
from reader.export.run import CSV, MARKDOWN, TEXT, export_to_path
from reader.export.scope import Scope
from reader.ui import export_dialog as module
from reader.ui.actions import ActionId
from reader.ui.export_dialog import ExportDialog
from reader.ui.main_window import MainWindow
from reader.ui.settings import Settings
from reader.ui.worker import ProgressDialog, wait_for_all


@pytest.fixture
def window(built, library, tmp_path, qtbot):
    """The main window on the export tests' library (own connection, settings in tmp_path)."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "s"))
    path = tmp_path / "library.sqlite"
    made = MainWindow(open_library(path), path, Settings())
    made.show()
    qtbot.waitExposed(made)
    assert made.issues_view.select_issue(built.issue_003)
    yield made
    wait_for_all()
    if Shiboken.isValid(made):
        db = made.db
        made.close()
        Shiboken.delete(made)
        db.close()


def _open(window, qtbot) -> ExportDialog:
    window.action(ActionId.EXPORT).trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def _scopes(dialog: ExportDialog) -> list[str]:
    return [dialog.scope_box.itemData(i) for i in range(dialog.scope_box.count())]


def test_the_file_menu_opens_the_dialog_with_the_scopes_the_window_knows(window, qtbot):
    file_menu = window.menus[0]
    assert window.action(ActionId.EXPORT) in file_menu.actions()
    assert window.action(ActionId.EXPORT).shortcut().toString() == "Ctrl+Shift+X"
    dialog = _open(window, qtbot)
    assert _scopes(dialog) == ["article", "issue", "tag", "library"]  # single selection only
    assert dialog.article_id == window.articles_view.current_article_id() is not None
    dialog.choose_scope("tag")
    assert dialog.tag_box.isEnabled()
    tags = [dialog.tag_box.itemText(i) for i in range(dialog.tag_box.count())]
    assert tags == sorted(["地点/解放区", "商贸", "安全"])
    dialog.tag_box.setCurrentText("商贸")
    assert dialog.scope() == Scope.tagged(["商贸"])
    assert not dialog.export_button.isEnabled()  # no destination yet


def test_the_preview_shows_the_first_part_of_the_output(window, qtbot):
    dialog = _open(window, qtbot)
    dialog.choose_scope("library")
    with qtbot.waitSignal(dialog.preview_shown, timeout=10000) as shown:
        dialog.choose_format(MARKDOWN)
        dialog.refresh_preview()
    assert shown.args[0].startswith("# Notes\n\nScope: the whole library")
    assert dialog.preview_box.toPlainText() == shown.args[0] and dialog.preview_box.isReadOnly()
    assert len(shown.args[0]) <= 3001
    with qtbot.waitSignal(dialog.preview_shown, timeout=10000) as shown:
        dialog.choose_format(CSV)
    assert shown.args[0].startswith("publication,date,page,issue,article")


def test_export_runs_off_the_ui_thread_and_writes_the_file(window, qtbot, tmp_path, library):
    dialog = _open(window, qtbot)
    dialog.choose_scope("library")
    dialog.choose_format(TEXT)
    target = tmp_path / "exports" / "corrected.md"
    target.parent.mkdir()
    dialog.set_destination(target)
    assert dialog.export_button.isEnabled()
    threads: set[int] = set()
    with qtbot.waitSignal(dialog.exported, timeout=20000) as done:
        op = dialog.start_export()
        op.progress.connect(lambda *_: threads.add(threading.get_ident()),
                            Qt.ConnectionType.DirectConnection)  # fmt: skip
    assert threading.get_ident() not in threads
    expected = tmp_path / "expected.md"
    export_to_path(library, Scope(), TEXT, expected)
    assert target.read_bytes() == expected.read_bytes()
    assert done.args[0].articles == 16 and not dialog.isVisible()
    assert "to " + str(target) in window.status.currentMessage()


def test_the_format_sets_the_suffix_and_the_current_article_scope(window, qtbot, tmp_path):
    dialog = _open(window, qtbot)
    dialog.set_destination(tmp_path / "mine.md")
    dialog.choose_format(CSV)
    assert dialog.destination.text() == str(tmp_path / "mine.csv")
    dialog.choose_scope("article")
    assert dialog.scope() == Scope.articles([window.articles_view.current_article_id()])
    dialog.choose_scope("issue")
    assert dialog.scope() == Scope.issues([window.issues_view.current_issue_id()])
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        dialog.start_export()
    rows = Path(tmp_path / "mine.csv").read_text(encoding="utf-8-sig").splitlines()
    assert rows[0].startswith("publication,")


def test_cancel_leaves_no_file(window, qtbot, tmp_path, monkeypatch):
    real = module.export_to_path

    def slow(db, scope, fmt, path, **kwargs):
        deadline = time.monotonic() + 10
        while not kwargs["cancelled"]() and time.monotonic() < deadline:
            time.sleep(0.01)  # in the worker thread, until Cancel is pressed
        return real(db, scope, fmt, path, **kwargs)

    monkeypatch.setattr(module, "export_to_path", slow)
    dialog = _open(window, qtbot)
    target = tmp_path / "cancelled.md"
    dialog.set_destination(target)
    op = dialog.start_export()
    progress = dialog.findChild(ProgressDialog)
    assert progress is not None
    with qtbot.waitSignal(op.finished, timeout=10000):
        progress.findChild(QPushButton).click()  # the progress dialog's Cancel button
    assert not target.exists() and list(tmp_path.glob(".cancelled.md.*")) == []
    assert "nothing was written" in window.status.currentMessage()
    assert dialog.isVisible() and dialog.export_button.isEnabled()


def test_in_chinese_the_dialog_and_the_file_speak_chinese(window, qtbot, qapp, monkeypatch):
    from reader.ui import i18n

    monkeypatch.setenv(i18n.LANGUAGE_ENV, "zh_CN")
    translators = i18n.install_translators(qapp, i18n.CHINESE)
    try:
        dialog = ExportDialog(window)
        assert dialog.windowTitle() == "导出"
        assert dialog.scope_box.itemText(0) == "当前文章" and dialog.language() == "zh_CN"
        assert dialog.format_box.itemText(0) == "笔记，Markdown 格式（.md）"
        dialog.choose_scope("library")
        with qtbot.waitSignal(dialog.preview_shown, timeout=10000) as shown:
            dialog.refresh_preview()
        assert shown.args[0].startswith("# 校读笔记\n\n范围：整个文库")
    finally:
        i18n.remove_translators(qapp, translators)


def test_selected_articles_are_a_scope_when_several_are_selected(window, qtbot):
    view = window.articles_view
    model = view.articles_model()
    flags = QItemSelectionModel.SelectionFlag
    for row in (0, 2):
        view.selectionModel().select(model.index(row, 0), flags.Select | flags.Rows)
    chosen = [model.article_id(0), model.article_id(2)]
    if len(view.selectionModel().selectedRows()) < 2:
        pytest.skip("the articles pane selects one article at a time")
    dialog = _open(window, qtbot)
    assert "selected" in _scopes(dialog)
    assert dialog.choose_scope("selected")
    assert dialog.scope() == Scope.articles(chosen)


def test_the_current_search_results_are_a_scope(window, qtbot):
    from reader.search import search_ids

    op = window.search.run_search("解放区", {})
    with qtbot.waitSignal(op.finished, timeout=10000):
        pass
    found = search_ids(window.db, "解放区")
    assert found
    dialog = _open(window, qtbot)
    assert dialog.choose_scope("search")
    assert dialog.scope() == Scope.search_results(found)
