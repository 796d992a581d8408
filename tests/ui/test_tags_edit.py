"""Tagging in the window: several articles at once, undo and redo, chips, suggestions, the list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from tags_helpers import (
    click_row,
    names_on,
    row_ids,
    select_rows,
    show_first_issue,
    type_tag,
)

from reader.db import keyword_df
from reader.db import tags as tag_db
from reader.ui.actions import ActionId as A
from reader.ui.articles_model import Column, TagsRole
from reader.ui.tags_suggest import Suggestions


@pytest.fixture
def win(window):
    """The window on the samples, showing issue 003 at its first article."""
    return show_first_issue(window)


def test_several_articles_are_chosen_and_the_clicked_one_is_read(qtbot, win):
    select_rows(qtbot, win, 1, 3)
    ids = row_ids(win)
    assert win.tags.selected_article_ids() == ids[1:4]
    assert win.reader.article.id == ids[3] == win.articles_view.current_article_id()
    click_row(qtbot, win, 0, Qt.KeyboardModifier.ControlModifier)
    assert win.tags.selected_article_ids() == [ids[0], *ids[1:4]]
    assert win.reader.article.id == ids[0]
    win.action(A.NEXT_ARTICLE).trigger()  # the keyboard still reads one article at a time
    assert win.tags.selected_article_ids() == [ids[1]] and win.reader.article.id == ids[1]


def test_tag_several_articles_then_undo_and_redo(qtbot, win):
    select_rows(qtbot, win, 0, 2)
    ids = row_ids(win)[:3]
    type_tag(qtbot, win, " 地点 / 解放区 ")
    assert [names_on(win, i) for i in ids] == [["地点/解放区"]] * 3
    assert win.tags.bar.field.text() == ""
    assert win.articles_model.index(0, Column.TAGS).data(TagsRole) == ["地点/解放区"]
    assert [c.name for c in win.tags.bar.tag_chips()] == ["地点/解放区"]
    undo, redo = win.action(A.UNDO), win.action(A.REDO)
    assert "地点/解放区" in undo.text()
    undo.trigger()
    assert [names_on(win, i) for i in ids] == [[]] * 3
    assert tag_db.find_tag(win.db, "地点/解放区") is None
    assert win.articles_model.index(0, Column.TAGS).data(TagsRole) == []
    assert win.tags.bar.tag_chips() == []
    redo.trigger()
    assert [names_on(win, i) for i in ids] == [["地点/解放区"]] * 3
    assert win.tags.bar.field.completer().model().stringList() == ["地点/解放区"]


def test_an_empty_name_is_refused_and_nothing_is_pushed(qtbot, win):
    win.articles_view.select_row(0)
    assert win.tags.add_tag("  /  ") is None
    assert win.undo_stack.count() == 0
    assert "name" in win.status.currentMessage()


def test_a_chip_shows_how_many_selected_carry_it_and_its_x_removes_it(qtbot, win):
    ids = row_ids(win)
    tag_db.add_tag(win.db, [ids[0]], "教育")
    win.tags.changed()
    select_rows(qtbot, win, 0, 1)
    (chip,) = win.tags.bar.tag_chips()
    assert chip.name == "教育" and chip.text == "教育 1/2"
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton, pos=chip.close_rect().center())
    assert names_on(win, ids[0]) == [] and win.tags.bar.tag_chips() == []
    win.action(A.UNDO).trigger()
    assert names_on(win, ids[0]) == ["教育"]


def test_remove_a_tag_from_the_menu_of_the_selections_tags(qtbot, win):
    ids = row_ids(win)
    tag_db.add_tag(win.db, ids[:2], "教育")
    tag_db.add_tag(win.db, ids[1:2], "安全")
    win.tags.changed()
    select_rows(qtbot, win, 0, 1)
    win.action(A.REMOVE_TAG).trigger()
    menu = win.tags.remove_tag_menu()
    entries = [action.text() for action in menu.actions()]
    assert entries == ["安全 (1)", "教育 (2)"]
    menu.actions()[1].trigger()
    menu.close()
    assert names_on(win, ids[0]) == [] and names_on(win, ids[1]) == ["安全"]


def test_suggested_chips_come_from_the_background_and_add_the_tag(qtbot, win):
    titles = {win.articles_model.row_data(r).title[:6]: r for r in range(7)}
    with qtbot.waitSignal(win.tags.suggestions.ready, timeout=20000) as ready:
        win.articles_view.select_row(titles["厚植教育沃土"])
    article = win.reader.article.id
    assert ready.args[0] == article and "教育" in ready.args[1]
    chips = win.tags.bar.suggestion_chips()
    assert [c.name for c in chips] == ready.args[1]
    chip = next(c for c in chips if c.name == "教育")
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert names_on(win, article) == ["教育"]
    assert "教育" not in [c.name for c in win.tags.bar.suggestion_chips()]
    assert win.undo_stack.count() == 1


def test_the_word_counts_are_refreshed_in_the_background(qtbot, window):
    suggestions: Suggestions = window.tags.suggestions
    if suggestions.refreshing is None:
        suggestions.refresh_counts()
    with qtbot.waitSignal(suggestions.refreshing.finished, timeout=20000):
        pass
    assert keyword_df.document_count(window.db) == 16


def test_the_articles_list_shows_tags_as_coloured_chips(qtbot, win):
    ids = row_ids(win)
    tag_db.add_tag(win.db, [ids[0]], "地点/解放区")
    tag_db.set_color(win.db, "地点/解放区", "#ff0000")
    win.tags.changed()
    win.resize(1400, 800)
    win.splitter.setSizes([200, 700, 500])
    view = win.articles_view
    assert not view.horizontalHeader().isSectionHidden(Column.TAGS)
    rect = view.visualRect(win.articles_model.index(0, Column.TAGS))
    image = view.viewport().grab(rect).toImage()
    colours = {QColor(image.pixel(x, y)).name() for x in range(image.width())
               for y in range(image.height())}  # fmt: skip
    assert any(QColor(c).red() > 200 and QColor(c).green() < 110 for c in colours)
    empty = view.viewport().grab(view.visualRect(win.articles_model.index(3, Column.TAGS)))
    pixels = empty.toImage()
    assert not any(QColor(pixels.pixel(x, y)).green() < 110 for x in range(pixels.width())
                   for y in range(pixels.height()))  # fmt: skip
