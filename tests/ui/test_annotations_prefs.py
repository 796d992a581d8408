"""Highlight colours in Preferences, default shortcuts without clashes, the toolbar."""

from __future__ import annotations

from annotation_helpers import background_at, open_sample, paragraph, select_stored, tools
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QToolBar

from reader.annotate.model import IMPORTANT, NOTE
from reader.ui.actions import ActionId, default_shortcuts
from reader.ui.highlights import category_color
from reader.ui.settings import HIGHLIGHT_COLORS, Settings

PORTABLE = QKeySequence.SequenceFormat.PortableText


def test_a_colour_chosen_in_preferences_recolours_the_highlights(window, sample_library):
    article = open_sample(window, sample_library)
    body = paragraph(article)
    select_stored(window, body.id, 2, 6)
    tools(window).annotations.annotate(IMPORTANT)
    shown = window.reader.map.position_of(body.id, 2)
    assert background_at(window, shown) == QColor(HIGHLIGHT_COLORS[IMPORTANT].default)
    dialog = window.edit_preferences()
    dialog.colors.set_color(IMPORTANT, QColor("#aaddff"))
    dialog.accept()
    assert Settings().get(HIGHLIGHT_COLORS[IMPORTANT]) == "#aaddff"
    assert background_at(window, shown) == QColor("#aaddff")
    dialog = window.edit_preferences()
    assert dialog.colors.buttons[IMPORTANT].text() == "#aaddff"
    dialog.colors.set_color(IMPORTANT, None)  # back to the default, which is then not stored
    dialog.accept()
    assert not Settings().store.contains(HIGHLIGHT_COLORS[IMPORTANT].key)
    assert category_color(window.settings, IMPORTANT) == QColor(HIGHLIGHT_COLORS[IMPORTANT].default)


def test_an_unreadable_stored_colour_falls_back_to_the_default(window):
    window.settings.set(HIGHLIGHT_COLORS[NOTE], "not a colour")
    assert category_color(window.settings, NOTE) == QColor(HIGHLIGHT_COLORS[NOTE].default)


def test_default_shortcuts_do_not_clash(qapp):
    seen: dict[str, ActionId] = {}
    for action_id in ActionId:
        for key in default_shortcuts(action_id):
            text = key.toString(PORTABLE)
            assert text not in seen, f"{action_id} and {seen[text]} both use {text}"
            seen[text] = action_id
    for action_id, key in (
        (ActionId.ANNOTATE_OCR_ERROR, "Ctrl+E"), (ActionId.ANNOTATE_NOTE, "Ctrl+Shift+N"),
        (ActionId.ANNOTATE_IMPORTANT, "Ctrl+I"), (ActionId.ANNOTATE_QUESTION, "Ctrl+Shift+Q"),
        (ActionId.PROOFREAD_AND_NEXT, "Ctrl+Return"), (ActionId.STATUS_PROOFREAD, "Ctrl+Alt+2"),
    ):  # fmt: skip
        assert seen[key] == action_id


def test_the_toolbar_holds_the_categories_and_the_proofreading_keys(window):
    bar = window.findChild(QToolBar, "annotation_toolbar")
    names = [a.objectName() for a in bar.actions() if not a.isSeparator()]
    assert names[:4] == ["annotate_ocr_error", "annotate_note", "annotate_important",
                         "annotate_question"]  # fmt: skip
    assert "corrected_view" in names and "proofread_and_next" in names
    assert all(not a.icon().isNull() for a in bar.actions()[:4])
    assert bar.actions()[0].iconText() == "Mark OCR Error"
