"""Reading from the keyboard: real key presses through the window's shortcuts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reader.db.issues import list_issues
from reader.importer.run import import_paths
from reader.ui.actions import SPECS, ActionId, default_shortcuts
from reader.ui.menus import MENUS

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _ready(window, qtbot, focus=None) -> None:
    """Make the window active (shortcuts only reach the active window) and focus a pane."""
    with qtbot.waitActive(window):
        window.activateWindow()
    (focus or window.articles_view).setFocus()
    assert QApplication.focusWidget() is (focus or window.articles_view)


def _press(window, qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def _first_issue(window, sample_library):
    issues = list_issues(sample_library)
    window.issues_view.select_issue(issues[0].id)
    return issues


def test_next_and_previous_article(window, sample_library, qtbot):
    _first_issue(window, sample_library)
    _ready(window, qtbot)
    _press(window, qtbot, Qt.Key.Key_Down, ALT)
    assert window.articles_view.current_row() == 1
    title = window.articles_model.index(1, 0).data()
    assert window.reader.document().firstBlock().text() == title
    _press(window, qtbot, Qt.Key.Key_Down, ALT)
    _press(window, qtbot, Qt.Key.Key_Up, ALT)
    assert window.articles_view.current_row() == 1


def test_next_article_runs_on_into_the_next_issue_and_back(window, sample_library, qtbot):
    issues = _first_issue(window, sample_library)
    window.articles_view.select_row(6)  # the last article of the first issue
    _ready(window, qtbot)
    _press(window, qtbot, Qt.Key.Key_Down, ALT)
    assert window.issues_view.current_issue_id() == issues[1].id
    assert window.articles_view.current_row() == 0
    _press(window, qtbot, Qt.Key.Key_Up, ALT)
    assert window.issues_view.current_issue_id() == issues[0].id
    assert window.articles_view.current_row() == 6  # back to where we came from


def test_next_and_previous_issue(window, sample_library, qtbot):
    issues = _first_issue(window, sample_library)
    _ready(window, qtbot)
    _press(window, qtbot, Qt.Key.Key_PageDown, CTRL)
    assert window.issues_view.current_issue_id() == issues[1].id
    assert window.articles_model.rowCount() == 9
    _press(window, qtbot, Qt.Key.Key_PageDown, CTRL)  # the last issue: stays
    assert window.issues_view.current_issue_id() == issues[1].id
    _press(window, qtbot, Qt.Key.Key_PageUp, CTRL)
    assert window.issues_view.current_issue_id() == issues[0].id


def test_next_issue_crosses_months_and_publications(
    library, library_path, make_window, write_issues, qtbot
):
    import_paths(
        library, write_issues(("甲报", "2023-01-31"), ("甲报", "2023-02-01"), ("乙报", None))
    )
    window = make_window(library_path)
    _ready(window, qtbot)
    seen = []
    for _ in range(4):
        _press(window, qtbot, Qt.Key.Key_PageDown, CTRL)
        seen.append(window.issues_view.currentIndex().data())
    assert seen == ["第3版", "01-31 第1版", "02-01 第2版", "02-01 第2版"]  # 乙报 sorts before 甲报
    assert window.articles_model.rowCount() == 2
    for _ in range(2):
        _press(window, qtbot, Qt.Key.Key_PageUp, CTRL)
    assert window.issues_view.currentIndex().data() == "第3版"


def test_space_pages_the_reader_then_goes_on_to_the_next_article(window, sample_library, qtbot):
    _first_issue(window, sample_library)
    window.resize(900, 500)
    _ready(window, qtbot, focus=window.reader)
    bar = window.reader.verticalScrollBar()
    assert bar.maximum() > 0  # the first article is longer than the reader
    presses = 0
    while window.articles_view.current_row() == 0:
        before = bar.value()
        _press(window, qtbot, Qt.Key.Key_Space)
        presses += 1
        assert window.articles_view.current_row() == 1 or bar.value() > before
        assert presses < 50
    assert presses >= 2  # paged at least once before moving on
    assert bar.value() == 0  # the next article starts at its top
    _press(window, qtbot, Qt.Key.Key_Space, SHIFT)  # at the top: back to the end of the previous
    assert window.articles_view.current_row() == 0
    assert bar.value() == bar.maximum()


def test_focus_moves_between_panes(window, sample_library, qtbot):
    _first_issue(window, sample_library)
    _ready(window, qtbot)
    _press(window, qtbot, Qt.Key.Key_1, CTRL)
    assert window.issues_view.hasFocus()
    _press(window, qtbot, Qt.Key.Key_3, CTRL)
    assert window.reader.hasFocus()
    _press(window, qtbot, Qt.Key.Key_2, CTRL)
    assert window.articles_view.hasFocus()
    _press(window, qtbot, Qt.Key.Key_F6)
    assert window.reader.hasFocus()
    _press(window, qtbot, Qt.Key.Key_F6)
    assert window.issues_view.hasFocus()
    _press(window, qtbot, Qt.Key.Key_F6, SHIFT)
    assert window.reader.hasFocus()


def test_every_action_is_in_a_menu_and_has_a_translatable_text(window):
    in_menus = {entry for _title, entries in MENUS for entry in entries if entry is not None}
    assert in_menus == set(ActionId)
    menu_actions = {
        a.objectName() for menu in window.menus for a in menu.actions() if not a.isSeparator()
    }
    assert menu_actions == {action_id.value for action_id in ActionId}
    assert set(SPECS) == set(ActionId)


def test_standard_operations_use_standard_keys(qapp):
    from PySide6.QtGui import QKeySequence

    std = QKeySequence.StandardKey
    for action_id, key in (
        (ActionId.QUIT, std.Quit), (ActionId.FIND, std.Find), (ActionId.ZOOM_IN, std.ZoomIn),
        (ActionId.ZOOM_OUT, std.ZoomOut), (ActionId.IMPORT_FILES, std.Open),
    ):  # fmt: skip
        assert key in SPECS[action_id].keys
        bindings = QKeySequence.keyBindings(key)
        assert not bindings or bindings[0] in default_shortcuts(action_id)
    assert default_shortcuts(ActionId.PREFERENCES)  # a fallback where the platform has none
