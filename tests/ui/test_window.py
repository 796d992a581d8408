"""The real main window on real libraries: what it shows, and what people can do in it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from reader.db.articles import get_article
from reader.db.issues import get_issue, list_issues
from reader.ui import app as ui_app
from reader.ui.actions import ActionId
from reader.ui.settings import Settings


def _issue_named(db, prefix: str):
    return next(i for i in list_issues(db) if i.source_name.startswith(prefix))


def _tree_labels(window, parent: QModelIndex | None = None) -> list[str]:
    parent = parent or QModelIndex()
    model = window.issues_model
    return [model.index(row, 0, parent).data() for row in range(model.rowCount(parent))]


def test_window_title_status_bar_and_panes(window, library_path, qtbot):
    assert library_path.name in window.windowTitle()
    assert window.stack.currentWidget() is window.splitter
    assert str(library_path) in window.status.library_label.text()
    qtbot.waitUntil(lambda: window.status.counts is not None)
    assert window.status.counts == {"issues": 2, "articles": 16}
    assert window.status.counts_label.text() == "2 issues · 16 articles"
    assert _tree_labels(window) == ["Unknown publication (2)"]


def test_selecting_an_issue_and_an_article_shows_it_in_the_reader(window, sample_library):
    issue = _issue_named(sample_library, "004")
    assert window.issues_view.select_issue(issue.id)
    assert window.articles_model.rowCount() == 9
    assert window.articles_view.current_row() == 0  # the first article opens with the issue
    window.articles_view.select_row(4)
    article = get_article(sample_library, window.articles_view.current_article_id())
    document = window.reader.document()
    blocks = [document.findBlockByNumber(n) for n in range(document.blockCount())]
    texts = [block.text() for block in blocks]
    assert texts[:3] == [
        "示范区",
        "推进项目建设 积蓄发展后劲",
        "记者郭树勋",
    ]  # kicker, headline, byline
    numbered = [block.userState() for block in blocks if block.userState() > 0]
    assert numbered == list(range(1, article.paragraph_count + 1)) and len(numbered) == 12
    assert "#" not in window.reader.toPlainText()
    assert window.reader.isReadOnly()


def test_copying_a_paragraph_copies_its_text_and_not_its_number(window, sample_library):
    issue = _issue_named(sample_library, "004")
    window.issues_view.select_issue(issue.id)
    window.articles_view.select_row(8)  # the commentary: a paragraph with a line break inside
    article = window.reader.article
    paragraph = next(p for p in article.paragraphs if "\n" in p.text)
    span = window.reader.map.span(paragraph.id)
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(span.start)
    cursor.setPosition(span.start + span.length, QTextCursor.MoveMode.KeepAnchor)
    window.reader.setTextCursor(cursor)
    window.reader.copy()
    assert QGuiApplication.clipboard().text() == paragraph.text
    assert "¶" not in QGuiApplication.clipboard().text()


def test_zoom_changes_the_text_size(window, sample_library):
    window.issues_view.select_issue(list_issues(sample_library)[0].id)

    def body_size() -> float:
        return window.reader.document().lastBlock().charFormat().font().pointSizeF()

    before = body_size()
    window.action(ActionId.ZOOM_IN).trigger()
    assert window.reader.zoom == 1 and body_size() > before
    window.action(ActionId.ZOOM_OUT).trigger()
    window.action(ActionId.ZOOM_OUT).trigger()
    assert window.reader.zoom == -1 and body_size() < before
    window.action(ActionId.ZOOM_RESET).trigger()
    assert body_size() == before


def test_find_in_article_selects_the_text(window, sample_library):
    window.issues_view.select_issue(_issue_named(sample_library, "003").id)
    window._find_text = "解放区"
    assert window.find_next()
    assert window.reader.textCursor().selectedText() == "解放区"
    window._find_text = "不存在的字句"
    assert not window.find_next()


def test_an_empty_library_opens_on_the_welcome_page(library, library_path, make_window, qtbot):
    window = make_window(library_path)
    assert window.stack.currentWidget() is window.welcome
    assert not window.action(ActionId.NEXT_ARTICLE).isEnabled()
    buttons = window.welcome.buttons
    assert set(buttons) == {ActionId.IMPORT_FILES, ActionId.IMPORT_FOLDER, ActionId.OPEN_SAMPLES}
    with qtbot.waitSignal(window.import_finished, timeout=30000):
        buttons[ActionId.OPEN_SAMPLES].click()
    assert window.stack.currentWidget() is window.splitter
    assert window.action(ActionId.NEXT_ARTICLE).isEnabled()
    assert window.issues_view.current_issue_id() is not None  # the first sample is open
    assert window.reader.article is not None


def test_issue_properties_edit_moves_the_issue_in_the_tree(window, sample_library, qtbot):
    issue = _issue_named(sample_library, "003")
    window.issues_view.select_issue(issue.id)
    window.articles_view.select_row(2)
    article_id = window.articles_view.current_article_id()
    dialog = window.edit_issue()
    dialog.fields["publication"].setText("焦作日报")
    dialog.fields["date"].setText("2023年1月5日")
    dialog.fields["page"].setText("第3版")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    stored = get_issue(sample_library, issue.id)
    assert (stored.publication, stored.date, stored.page) == ("焦作日报", "2023-01-05", "第3版")
    assert _tree_labels(window) == ["焦作日报 (1)", "Unknown publication (1)"]
    current = window.issues_view.currentIndex()
    assert current.data() == "01-05 第3版"
    assert (
        current.parent().data() == "2023-01 (1)" and current.parent().parent().data() == "2023 (1)"
    )
    assert window.issues_view.current_issue_id() == issue.id
    assert window.articles_view.current_article_id() == article_id  # still reading the same article


def test_issue_properties_refuse_a_date_they_cannot_read(window, sample_library):
    issue = list_issues(sample_library)[0]
    window.issues_view.select_issue(issue.id)
    dialog = window.edit_issue()
    dialog.fields["date"].setText("next Tuesday")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and "next Tuesday" in dialog.error.text()
    assert get_issue(sample_library, issue.id).date is None
    dialog.reject()


def test_a_library_that_cannot_be_opened_is_explained_not_raised(tmp_path, monkeypatch, qapp):
    bad = tmp_path / "not-a-library.sqlite"
    bad.write_bytes(b"this is not a database at all" * 100)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args))
    assert ui_app.open_window(bad, Settings()) is None
    assert len(shown) == 1 and str(bad) in shown[0][2]
    monkeypatch.setattr(ui_app, "install_translators", lambda app, language: [])
    assert ui_app.run_app(bad) == ui_app.EXIT_LIBRARY_ERROR


def test_run_app_opens_the_library_named_by_the_environment(tmp_path, monkeypatch, qapp, qtbot):
    path = tmp_path / "from-env.sqlite"
    monkeypatch.setenv("ISSUE_READER_LIBRARY", str(path))
    shown = []

    def fake_exec() -> int:
        window = next(
            w for w in qapp.topLevelWidgets() if w.objectName() == "main_window" and w.isVisible()
        )
        shown.append(window.windowTitle())
        window.close()
        return 0

    monkeypatch.setattr(qapp, "exec", fake_exec)
    assert ui_app.run_app(None) == 0
    assert shown and Path(path).name in shown[0]
