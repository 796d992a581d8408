"""Also in …: the window shows where an article's text is printed in other issues."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from reader.db import print_runs, reuse
from reader.db.connection import open_library
from reader.importer.run import import_paths
from reader.ui.actions import ActionId
from reader.ui.also_in import AlsoInModel, Column
from tests.ui.test_flags_panel import EDUCATION, open_article

SAMPLE_003 = "003_de8a6e769b4f48b7.txt"


def _library_with_reprint(samples: Path, tmp_path: Path, library_path: Path) -> None:
    """The two samples and a reprint of 003 (dated, so the tree names it by date)."""
    text = (samples / SAMPLE_003).read_text(encoding="utf-8")
    reprint = tmp_path / "files" / "2023-02-01.txt"
    reprint.parent.mkdir()
    reprint.write_text("---\npublication: 解放日报\n---\n\n" + text, encoding="utf-8")
    db = open_library(library_path)
    assert not import_paths(db, [samples, reprint]).failed
    reuse.link_pending(db)
    db.close()


def _reprint_article(window) -> int:
    return window.db.execute(
        "SELECT a.id FROM articles a JOIN issues i ON i.id = a.issue_id"
        " WHERE i.publication = '解放日报' AND a.title LIKE ?",
        [EDUCATION + "%"],
    ).fetchone()[0]


def test_the_panel_lists_the_other_places_and_opens_one(
    samples, tmp_path, library_path, make_window, qtbot
):
    _library_with_reprint(samples, tmp_path, library_path)
    window = make_window(library_path)
    original = open_article(window, EDUCATION)  # the first match: the sample's own article
    model = window.also_in.model
    assert model.rowCount() >= len(window.reader.article.paragraphs) - 1
    first = model.index(0, Column.WHERE)
    assert first.data() == "解放日报 2023-02-01"
    here = model.index(0, Column.HERE).data()  # an exact reprint: the same ¶ there
    assert model.index(0, Column.HOW).data() == "identical"
    tip = first.data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith(f"Also in 解放日报 2023-02-01, {here} of “{EDUCATION}")
    assert "paragraph(s) also printed elsewhere" in window.also_in.panel.summary.text()
    # Enter on a row opens the other article with that paragraph selected
    table = window.also_in.panel.table
    table.setFocus()
    table.setCurrentIndex(model.index(2, Column.THERE))
    place = model.place(2)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.reader.article.id == _reprint_article(window) != original
    span = window.reader.map.span(place.other_id)
    assert window.reader.textCursor().selectionStart() == span.start
    assert "解放日报 2023-02-01" in window.status.currentMessage()
    # …and there, the places point back at the original issue
    assert window.also_in.model.rowCount() >= 1
    assert window.also_in.model.place(0).issue_id != window.reader.article.issue_id


def test_the_margin_marks_paragraphs_and_tells_where_on_hover(
    samples, tmp_path, library_path, make_window, qtbot
):
    _library_with_reprint(samples, tmp_path, library_path)
    window = make_window(library_path)
    open_article(window, EDUCATION)
    reader = window.reader
    first = window.also_in.model.place(0)
    span = reader.map.span(first.paragraph_id)
    block = reader.document().findBlock(span.start)
    tips = reader.margin_tips_for(block)
    assert tips and tips[0].startswith(f"Also in 解放日报 2023-02-01, ¶{span.number} of")
    # a real hover over the margin shows it
    box = reader.document().documentLayout().blockBoundingRect(block)
    y = round(box.top() + 4 - reader.verticalScrollBar().value())
    point = QPoint(5, y)
    event = QHelpEvent(QEvent.Type.ToolTip, point, reader.margin.mapToGlobal(point))
    QApplication.sendEvent(reader.margin, event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert "Also in 解放日报" in QToolTip.text()
    QToolTip.hideText()


def test_nothing_is_listed_for_text_printed_once(window, qtbot):
    open_article(window, EDUCATION)  # the samples were just imported: linking follows
    qtbot.waitUntil(lambda: reuse.pending_count(window.db) == 0, timeout=20000)
    qtbot.waitUntil(lambda: "No text of this" in window.also_in.panel.summary.text())
    assert window.also_in.model.rowCount() == 0
    block = window.reader.document().findBlock(window.reader.map.spans[0].start)
    assert not any(tip.startswith("Also in") for tip in window.reader.margin_tips_for(block))


def test_issues_from_before_are_linked_in_the_background(
    samples, tmp_path, library_path, make_window, qtbot
):
    _library_with_reprint(samples, tmp_path, library_path)
    db = open_library(library_path)  # as if the library predated the links
    db.execute("DELETE FROM reuse_links")
    print_runs.clear(db)
    db.execute("INSERT INTO reuse_pending SELECT id FROM issues")
    db.close()
    window = make_window(library_path)
    open_article(window, EDUCATION)
    assert "still being compared" in window.also_in.panel.summary.text()
    qtbot.waitUntil(lambda: reuse.pending_count(window.db) == 0, timeout=20000)
    qtbot.waitUntil(lambda: window.also_in.model.rowCount() > 0, timeout=5000)
    assert window.also_in.linking is None or not window.also_in.linking.is_cancelled()


def test_the_panel_action_shows_and_hides_the_dock(window):
    action = window.action(ActionId.ALSO_IN_PANEL)
    view = next(m for m in window.menus if m.title() == "&View")
    assert action.isChecked() and action in view.actions()
    action.trigger()
    assert not window.also_in.dock.isVisible() and not action.isChecked()
    action.trigger()
    assert window.also_in.dock.isVisible()


def test_the_model_passes_the_model_tester(qtmodeltester, samples, tmp_path, library_path):
    _library_with_reprint(samples, tmp_path, library_path)
    db = open_library(library_path)
    from reader.db.articles import get_article

    model = AlsoInModel(db)
    article_id = db.execute("SELECT min(id) FROM articles WHERE title LIKE ?", [EDUCATION + "%"])
    model.show(get_article(db, article_id.fetchone()[0]))
    assert model.rowCount() > 0
    qtmodeltester.check(model)
    db.close()


def test_an_import_in_the_window_is_linked_in_the_background_after(
    samples, tmp_path, library_path, make_window, qtbot
):
    db = open_library(library_path)
    assert not import_paths(db, [samples]).failed
    reuse.link_pending(db)
    db.close()
    window = make_window(library_path)
    original = open_article(window, EDUCATION)
    assert window.also_in.model.rowCount() == 0
    text = (samples / SAMPLE_003).read_text(encoding="utf-8")
    reprint = tmp_path / "2023-02-01.txt"
    reprint.write_text("---\npublication: 解放日报\n---\n\n" + text, encoding="utf-8")
    with qtbot.waitSignal(window.import_finished, timeout=20000):
        window.start_import([reprint], show_summary=False)
    qtbot.waitUntil(lambda: reuse.pending_count(window.db) == 0, timeout=20000)
    open_article(window, EDUCATION)
    assert window.reader.article.id == original
    qtbot.waitUntil(lambda: window.also_in.model.rowCount() > 0, timeout=5000)
    assert window.also_in.model.place(0).publication == "解放日报"
