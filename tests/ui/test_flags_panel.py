"""The flags dock, the margin marks and next/previous flag: what a proofreader sees and presses."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QDockWidget

from reader.db.flags import list_flags
from reader.ui import flag_text
from reader.ui.flags_model import Column, FlagIdRole, FlagKindRole, FlagsModel

EDUCATION = "厚植教育沃土"  # 6 duplicates and a break
SHIFT = Qt.KeyboardModifier.ShiftModifier


def open_article(window, title_start: str) -> int:
    """Select the issue and the article whose title starts so; returns the article id."""
    article_id, issue_id = window.db.execute(
        "SELECT id, issue_id FROM articles WHERE title LIKE ?", [title_start + "%"]
    ).fetchone()
    assert window.issues_view.select_issue(issue_id)
    assert window.articles_view.select_article(article_id)
    assert window.reader.article.id == article_id
    return article_id


def press(window, qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A real key press on the focused widget of the active window."""
    with qtbot.waitActive(window):
        window.activateWindow()
    if QApplication.focusWidget() is None:
        window.articles_view.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_flags_model_passes_the_model_tester(qtmodeltester, sample_library):
    article_id, issue_id = sample_library.execute(
        "SELECT id, issue_id FROM articles WHERE title LIKE ?", [EDUCATION + "%"]
    ).fetchone()
    model = FlagsModel(sample_library)
    model.show(issue_id, article_id)
    assert model.rowCount() == 7
    qtmodeltester.check(model)
    model.set_whole_issue(True)
    assert model.rowCount() == len(list_flags(sample_library, issue_id))
    qtmodeltester.check(model)


def test_the_dock_lists_the_article_flags_in_text_order(window, sample_library):
    open_article(window, EDUCATION)
    dock = window.findChild(QDockWidget, "flags_dock")
    assert dock is not None and dock.isVisible()
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
    model = window.flag_review.model

    def column(c: Column) -> list[str]:
        return [model.index(row, c).data() for row in range(model.rowCount())]

    assert column(Column.KIND) == ["broken"] + ["duplicate"] * 6
    assert column(Column.STATE) == ["open"] * 7
    assert column(Column.PARAGRAPH) == ["¶5", "¶6", "¶7", "¶8", "¶9", "¶10", "¶11"]
    evidence = column(Column.EVIDENCE)
    assert evidence[0].startswith("broken → ¶6: suggested join …")
    assert evidence[1] == "duplicate of ¶3 (overlapping, 147 chars)"
    assert evidence[2:] == ["duplicate of ¶6 (identical, 205 chars)"] * 5
    assert window.flag_review.panel.summary.text() == "7 open of 7"
    window.flag_review.panel.whole_issue.setChecked(True)
    issue_flags = list_flags(sample_library, window.reader.article.issue_id)
    assert model.rowCount() == len(issue_flags)
    assert [model.index(r, 0).data(FlagIdRole) for r in range(model.rowCount())] == [
        f.id for f in issue_flags
    ]


def test_flagged_paragraphs_get_a_coloured_mark_and_a_tooltip(window, sample_library):
    open_article(window, EDUCATION)
    reader, marks = window.reader, window.flag_review.marks
    flagged = {}
    block = reader.document().firstBlock()
    while block.isValid():
        flagged[block.userState()] = [f.flag.kind for f in marks.flags_in_block(block)]
        block = block.next()
    assert flagged[5] == ["broken"] and flagged[7] == ["duplicate"]
    assert all(flagged[n] == [] for n in (1, 2, 3, 4))
    tips = [flag_text.tooltip(f) for f in marks.flags_in_block(_block_of(reader, 7))]
    assert tips == ["duplicate (open): duplicate of ¶6 (identical, 205 chars)"]
    window.flag_review.scroll_to(_block_of(reader, 7).position())
    assert _has_color(reader.margin.grab().toImage(), flag_text.kind_color("duplicate"))
    window.flag_review.scroll_to(_block_of(reader, 1).position())
    reader.verticalScrollBar().setValue(0)
    assert not _has_color(reader.margin.grab().toImage(), flag_text.kind_color("duplicate"))


def test_clicking_a_mark_chooses_its_flag(window, sample_library, qtbot):
    open_article(window, EDUCATION)
    reader = window.flag_review.reader
    block = _block_of(reader, 8)
    window.flag_review.scroll_to(block.position())
    top = block.layout().position().y() - reader.verticalScrollBar().value()
    qtbot.mouseClick(reader.margin, Qt.MouseButton.LeftButton, pos=QPoint(8, round(top) + 8))
    chosen = window.flag_review.current_flag()
    assert chosen is not None and chosen.place.number == 8
    assert window.flag_review.panel.current_flag().id == chosen.id


def test_f8_and_shift_f8_step_through_the_flags_and_on_into_the_next_article(
    window, sample_library, qtbot
):
    open_article(window, EDUCATION)
    review = window.flag_review
    press(window, qtbot, Qt.Key.Key_F8)
    assert review.current_flag().flag.kind == "broken"
    assert review.panel.current_flag().id == review.current
    assert review.highlight.ranges  # the paragraph is marked on screen
    press(window, qtbot, Qt.Key.Key_F8)
    assert review.current_flag().place.number == 6
    press(window, qtbot, Qt.Key.Key_F8, SHIFT)
    assert review.current_flag().place.number == 5
    for _ in range(6):
        press(window, qtbot, Qt.Key.Key_F8)
    assert review.current_flag().place.number == 11
    before = window.articles_view.current_article_id()
    press(window, qtbot, Qt.Key.Key_F8)  # past the article's last flag: the next article's first
    flag = review.current_flag()
    assert window.articles_view.current_article_id() != before
    assert window.reader.article.id == flag.article_id
    assert flag.flag.kind == "caption"
    press(window, qtbot, Qt.Key.Key_F8, SHIFT)
    assert window.articles_view.current_article_id() == before
    assert review.current_flag().place.number == 11
    window.articles_view.select_row(5)  # chosen by hand: F8 starts from that article
    press(window, qtbot, Qt.Key.Key_F8)
    assert review.current_flag().article_id == window.articles_view.current_article_id()
    assert review.current_flag() == review.model.article_flags()[0]


def test_choosing_a_flag_marks_exactly_its_characters(window, sample_library):
    open_article(window, "解放区商贸消费迎来开门红")
    review = window.flag_review
    row = next(
        r
        for r in range(review.model.rowCount())
        if review.model.index(r, 0).data(FlagKindRole) == "doubled"
    )
    review.panel.table.selectRow(row)
    assert review.current_flag().flag.kind == "doubled"
    (start, end, _color) = review.highlight.ranges[0]
    cursor = window.reader.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, cursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "肉肉"
    assert review.model.index(row, Column.EVIDENCE).data() == "doubled 肉肉 → 肉禽"
    bar = window.reader.verticalScrollBar()
    rect = window.reader.cursorRect(cursor)
    assert 0 <= rect.top() <= window.reader.viewport().height()  # scrolled into view
    assert bar.value() > 0


def _block_of(reader, number: int):
    block = reader.document().firstBlock()
    while block.isValid() and block.userState() != number:
        block = block.next()
    assert block.isValid()
    return block


def _has_color(image: QImage, color: QColor) -> bool:
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            if image.pixelColor(x, y).rgb() == color.rgb():
                return True
    return False
