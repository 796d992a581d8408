"""Library search in the window: the box, the results dock, filters, matches in the reader."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QMessageBox

from reader.search import search, search_ids
from reader.search.snippet import find_spans
from reader.text.tokens import fold
from reader.ui.actions import ActionId
from reader.ui.search_model import ArticleIdRole, SearchResultsModel


def feature(window):
    return window.search


def run(window, qtbot, query: str) -> None:
    """Type `query` in the box and press Enter; wait for the answer."""
    panel = feature(window).panel
    panel.box.setText(query)  # QTest types ASCII only; the Enter key is real
    qtbot.keyClick(panel.box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: feature(window).running is None, timeout=5000)


def listed_ids(window) -> list[int]:
    model = feature(window).model
    while model.canFetchMore():
        model.fetchMore()
    return [model.index(r).data(ArticleIdRole) for r in range(model.rowCount())]


def test_the_dock_sits_on_the_right(window):
    dock = window.findChild(QDockWidget, "search_dock")
    assert dock is not None
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea


def test_enter_lists_the_articles_the_engine_finds(window, sample_library, qtbot):
    for query in ("解放区", '"人民"', "本报讯 -解放区"):
        run(window, qtbot, query)
        expected = search_ids(sample_library, query)
        assert expected, query
        assert listed_ids(window) == expected
        assert feature(window).panel.count.text() == f"{len(expected)} articles"


def test_pages_are_fetched_lazily(window, sample_library, qtbot):
    expected = search_ids(sample_library, "本报讯")
    model = feature(window).model
    pages: list[int] = []
    first = search(sample_library, "本报讯", limit=5)

    def fetch(offset: int):
        pages.append(offset)
        return search(sample_library, "本报讯", limit=5, offset=offset)

    model.show_result(first, fetch)
    assert model.rowCount() == 5 and model.canFetchMore()
    assert listed_ids(window) == expected
    assert pages == [5, 10]
    assert not model.canFetchMore()


def test_the_model_passes_the_model_tester(window, sample_library, qtmodeltester, qtbot):
    run(window, qtbot, "本报讯")
    qtmodeltester.check(feature(window).model)
    qtmodeltester.check(SearchResultsModel())


def test_activating_a_hit_opens_it_and_highlights_every_match(window, sample_library, qtbot):
    run(window, qtbot, "解放区 -教育")
    model = feature(window).model
    index = model.index(1)
    article_id = index.data(ArticleIdRole)
    feature(window).panel.results.activated.emit(index)
    assert window.articles_view.current_article_id() == article_id
    assert window.reader.article.id == article_id
    matches = feature(window).matches.matches
    text = window.reader.document().toPlainText()
    assert matches and all(text[s:e] == "解放区" for s, e in matches)
    assert len(matches) == fold(text).count("解放区")
    overlay = feature(window).matches.overlay
    assert [(s, e) for s, e, _ in overlay.ranges] == matches
    # the reader's text is untouched: the overlay paints, the document is as built
    assert "教育" not in {text[s:e] for s, e in matches}
    cursor = window.reader.textCursor()
    assert (cursor.selectionStart(), cursor.selectionEnd()) == matches[0]


def test_every_paragraph_match_maps_back_to_the_stored_text(window, sample_library, qtbot):
    run(window, qtbot, "解放区")
    feature(window).panel.results.activated.emit(feature(window).model.index(0))
    article = window.reader.article
    wanted = set()
    for paragraph in article.paragraphs:
        for start, end in find_spans(paragraph.text, ("解放区",)):
            shown = window.reader.map.position_of(paragraph.id, start)
            if shown is not None:
                wanted.add((shown, window.reader.map.position_of(paragraph.id, end)))
    assert wanted and wanted <= set(feature(window).matches.matches)


def test_next_and_previous_match_move_the_cursor(window, sample_library, qtbot):
    run(window, qtbot, "解放区")
    feature(window).panel.results.activated.emit(feature(window).model.index(0))
    matches = feature(window).matches.matches
    assert len(matches) >= 2
    reader = window.reader

    def selected():
        c = reader.textCursor()
        return c.selectionStart(), c.selectionEnd()

    assert selected() == matches[0]
    window.action(ActionId.NEXT_MATCH).trigger()
    assert selected() == matches[1]
    window.action(ActionId.PREVIOUS_MATCH).trigger()
    assert selected() == matches[0]
    window.action(ActionId.PREVIOUS_MATCH).trigger()  # wraps round to the last
    assert selected() == matches[-1]
    reader.setFocus()
    qtbot.keyClick(reader, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert selected() == matches[0]


def test_match_keys_do_not_clash_and_ctrl_k_focuses_the_box(window, qtbot):
    keys = {a: window.action(a).shortcut().toString() for a in ActionId}
    assert keys[ActionId.SEARCH_LIBRARY] == "Ctrl+K"
    assert keys[ActionId.NEXT_MATCH] == "Alt+Right"
    assert keys[ActionId.PREVIOUS_MATCH] == "Alt+Left"
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is feature(window).panel.box


def test_a_syntax_error_is_shown_in_red_without_a_dialog(window, qtbot, monkeypatch):
    shown = []
    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: shown.append(a))
    panel = feature(window).panel
    for query, words in (('"open day', "quote"), ("-疫情", "only excludes"), ("   ", "type")):
        run(window, qtbot, query)
        assert panel.message.isVisible()
        assert words in panel.message.text()
        assert "c62828" in panel.message.styleSheet()
        assert feature(window).model.rowCount() == 0
    assert not shown
    assert QApplication.activeModalWidget() is None


def test_no_results_offer_the_engines_suggestion(window, sample_library, qtbot):
    run(window, qtbot, "解放区教育发展")
    panel = feature(window).panel
    assert feature(window).model.rowCount() == 0
    assert "解放区 教育 发展" in panel.message.text()
    panel.message.linkActivated.emit("解放区 教育 发展")
    qtbot.waitUntil(lambda: feature(window).running is None, timeout=5000)
    assert listed_ids(window) == search_ids(sample_library, "解放区 教育 发展")


def test_a_filter_narrows_the_results(window, sample_library, qtbot):
    run(window, qtbot, "解放区")
    everything = listed_ids(window)
    panel = feature(window).panel
    panel.filters_button.setChecked(True)
    panel.open_flags.setCurrentIndex(panel.open_flags.findData(True))
    panel.open_flags.activated.emit(panel.open_flags.currentIndex())
    qtbot.waitUntil(lambda: feature(window).running is None, timeout=5000)
    narrowed = listed_ids(window)
    assert narrowed == search_ids(sample_library, "解放区", has_open_flags=True)
    assert 0 < len(narrowed) < len(everything)
    assert panel.filters_button.text() == "Filters (1)"


def test_a_bad_date_is_refused_in_words(window, qtbot):
    panel = feature(window).panel
    panel.date_from.setText("2023/01")
    run(window, qtbot, "解放区")
    assert "2023/01" in panel.message.text() and panel.message.isVisible()


def test_publication_and_date_filters(write_issues, library, library_path, make_window, qtbot):
    from reader.importer.run import import_paths

    paths = write_issues(("甲报", "2023-01-05"), ("乙报", "2023-02-01"), ("甲报", "2024-03-01"))
    import_paths(library, paths)
    window = make_window(library_path)
    panel = feature(window).panel
    assert [panel.publication.itemText(i) for i in range(1, panel.publication.count())] == [
        "乙报",
        "甲报",
    ]
    panel.publication.setCurrentIndex(panel.publication.findData("甲报"))
    panel.date_from.setText("2023")
    panel.date_to.setText("2023-12")
    run(window, qtbot, "本报讯")
    expected = search_ids(
        library, "本报讯", publication="甲报", date_from="2023", date_to="2023-12"
    )
    assert len(expected) == 1
    assert listed_ids(window) == expected
