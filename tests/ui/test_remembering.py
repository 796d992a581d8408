"""What the window remembers in a new window, and the Preferences dialog's shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox

from reader.db.issues import list_issues
from reader.ui import settings as options
from reader.ui.actions import ActionId, default_shortcuts
from reader.ui.articles_model import Column
from reader.ui.settings import Settings
from tests.ui.conftest import close_window


def test_a_new_window_restores_geometry_panes_place_and_zoom(
    window, sample_library, library_path, make_window
):
    issue = list_issues(sample_library)[1]
    window.resize(720, 520)  # within the offscreen screen (800×600): restoreGeometry clamps to it
    window.splitter.setSizes([150, 250, 300])
    window.articles_view.horizontalHeader().showSection(Column.FLAGS)
    window.issues_view.select_issue(issue.id)
    window.articles_view.select_row(3)
    article_id = window.articles_view.current_article_id()
    window.reader.zoom_in()
    window.reader.zoom_in()
    sizes = window.splitter.sizes()
    close_window(window)

    again = make_window(library_path)
    assert (again.width(), again.height()) == (720, 520)
    assert again.splitter.sizes() == sizes
    assert not again.articles_view.horizontalHeader().isSectionHidden(Column.FLAGS)
    assert again.issues_view.current_issue_id() == issue.id
    assert again.articles_view.current_article_id() == article_id
    assert again.reader.article.id == article_id
    assert again.reader.zoom == 2


def test_a_place_that_no_longer_exists_is_ignored(window, library_path, make_window):
    settings = Settings()
    settings.set(options.LAST_ISSUE, 9999)
    settings.set(options.LAST_ARTICLE, 8888)
    close_window(window)
    settings.set(options.LAST_ISSUE, 9999)  # closing saved the real place; replace it
    again = make_window(library_path)
    assert again.issues_view.current_issue_id() is None
    assert again.reader.article is None


def test_window_state_and_preferences_are_kept_apart(window, isolated_settings):
    close_window(window)
    store = QSettings(
        QSettings.Format.IniFormat,
        QSettings.Scope.UserScope,
        options.ORGANIZATION,
        options.APPLICATION,
    )
    assert store.fileName().startswith(str(isolated_settings))  # never the user's own file
    assert {"window"} <= set(store.childGroups())
    store.beginGroup("window")
    assert {"geometry", "splitter", "zoom", "last_issue"} <= set(store.childKeys())


def test_settings_are_typed_with_defaults(isolated_settings):
    settings = Settings()
    assert settings.get(options.ZOOM) == 0 and settings.get(options.LANGUAGE) == ""
    settings.set(options.ZOOM, 3)
    settings.sync()
    assert Settings().get(options.ZOOM) == 3  # read back from the INI file as an int
    settings.store.setValue(options.ZOOM.key, "not a number")
    assert settings.get(options.ZOOM) == 0


def test_preferences_change_a_shortcut_and_keep_it(window, library_path, make_window):
    dialog = window.edit_preferences()
    editor = dialog.editors[ActionId.NEXT_ARTICLE]
    editor.setKeySequence(QKeySequence("Ctrl+J"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert window.action(ActionId.NEXT_ARTICLE).shortcut() == QKeySequence("Ctrl+J")
    assert Settings().shortcut(ActionId.NEXT_ARTICLE.value) == "Ctrl+J"
    assert Settings().shortcut(ActionId.PREVIOUS_ARTICLE.value) is None  # defaults are not stored
    close_window(window)
    again = make_window(library_path)
    assert again.action(ActionId.NEXT_ARTICLE).shortcut() == QKeySequence("Ctrl+J")


def test_preferences_refuse_two_actions_with_one_shortcut(window):
    dialog = window.edit_preferences()
    dialog.editors[ActionId.NEXT_ISSUE].setKeySequence(QKeySequence("Alt+Down"))  # next article's
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and "Alt+Down" in dialog.error.text().replace("⌥", "Alt+")
    dialog.restore_default_shortcuts()
    assert ok.isEnabled()
    assert (
        dialog.editors[ActionId.NEXT_ISSUE].keySequence()
        == default_shortcuts(ActionId.NEXT_ISSUE)[0]
    )
    dialog.reject()


def test_preferences_store_the_language_for_the_next_start(window):
    dialog = window.edit_preferences()
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert Settings().get(options.LANGUAGE) == "zh_CN"


def test_the_first_window_leaves_a_dated_issues_label_room_beside_its_counts(
    library, library_path, write_issues, make_window
):
    from reader.importer.run import import_paths
    from reader.ui.issues_model import ARTICLES_COLUMN, PROGRESS_COLUMN, issue_label
    from reader.ui.window_state import pane_sizes

    import_paths(library, write_issues(("焦作日报", "2023-12-31")))
    view = make_window(library_path).issues_view
    view.select_issue(list_issues(library)[0].id)
    label = issue_label(view.issues_model().node(view.currentIndex()).leaf)
    counts = sum(view.header().sectionSize(c) for c in range(ARTICLES_COLUMN, PROGRESS_COLUMN + 1))
    room = view.preferred_width() - counts - 3 * view.indentation()  # four levels deep
    assert label == "12-31 第1版" and room > view.fontMetrics().horizontalAdvance(label)
    wanted = view.preferred_width()
    assert pane_sizes(1500, wanted)[0] == wanted  # a wide screen's first window
    assert pane_sizes(1280, 100) == [243, 456, 581]  # never less than 19%
    assert pane_sizes(1280, 2000)[0] == 320  # nor more than a quarter
