"""Fixing article boundaries and fields from the window: split, merge, edit, with undo."""

from __future__ import annotations

from annotation_helpers import open_sample, paragraph, select_stored, status_text, tools
from PySide6.QtWidgets import QDialogButtonBox

from reader.annotate.model import IMPORTANT
from reader.db.annotations import get_annotation
from reader.db.articles import article_ids, get_article
from reader.db.issues import list_issues
from reader.ui.actions import ActionId
from reader.ui.article_edit_dialog import ArticleEditDialog
from reader.ui.issues_model import ARTICLES_COLUMN


def _titles(window) -> list[str]:
    model = window.articles_model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _article_count_in_tree(window) -> str:
    issue_id = window.issues_view.current_issue_id()
    return window.issues_model.find_issue(issue_id).siblingAtColumn(ARTICLES_COLUMN).data()


def test_split_here_makes_a_new_article_and_undo_redo_put_it_back(window, sample_library):
    article = open_sample(window, sample_library)
    before = _titles(window)
    third = paragraph(article, nth=2)
    select_stored(window, third.id, 0, 0)
    window.action(ActionId.SPLIT_ARTICLE).trigger()
    after = _titles(window)
    assert len(after) == len(before) + 1 and after[4] == before[4]
    assert after[5] == third.text[:40]
    assert _article_count_in_tree(window) == str(len(after))
    assert window.reader.article.id == article.id
    assert window.reader.article.last_paragraph == third.position - 1
    window.undo_stack.undo()
    assert _titles(window) == before
    assert get_article(sample_library, article.id).last_paragraph == article.last_paragraph
    window.undo_stack.redo()
    assert _titles(window) == after


def test_split_from_the_context_menu_uses_the_paragraph_clicked(window, sample_library):
    article = open_sample(window, sample_library)
    second = paragraph(article, nth=1)
    position = window.reader.map.position_of(second.id, 3)
    change = tools(window).boundaries.split_here(position)
    assert change is not None
    new_id = change.added[0]
    assert get_article(sample_library, new_id).first_paragraph == second.position


def test_split_at_the_first_paragraph_is_refused_with_a_message(window, sample_library):
    article = open_sample(window, sample_library)
    before = _titles(window)
    first = article.paragraphs[0]
    assert tools(window).boundaries.split_here(window.reader.map.position_of(first.id, 0)) is None
    assert _titles(window) == before and status_text(window)
    assert window.undo_stack.count() == 0


def test_merge_with_previous_and_undo_keep_annotations_on_their_article(window, sample_library):
    article = open_sample(window, sample_library)
    body = paragraph(article)
    select_stored(window, body.id, 0, 3)
    made = tools(window).annotations.annotate(IMPORTANT)
    issue_id = article.issue_id
    ids = article_ids(sample_library, issue_id)
    previous = ids[ids.index(article.id) - 1]
    before = _titles(window)
    window.action(ActionId.MERGE_ARTICLE).trigger()
    assert len(_titles(window)) == len(before) - 1
    assert window.articles_view.current_article_id() == previous
    assert get_annotation(sample_library, made.id).article_id == previous
    assert body.text in window.reader.toPlainText()
    window.undo_stack.undo()
    assert _titles(window) == before
    assert get_annotation(sample_library, made.id).article_id == article.id
    window.undo_stack.redo()
    assert get_annotation(sample_library, made.id).article_id == previous


def test_edit_article_changes_fields_and_undo_restores_them(window, sample_library):
    article = open_sample(window, sample_library)
    window.action(ActionId.EDIT_ARTICLE).trigger()
    (dialog,) = [d for d in window.findChildren(ArticleEditDialog) if d.isVisible()]
    assert dialog.fields["title"].text() == article.title
    dialog.fields["title"].setText("新标题")
    dialog.fields["kicker"].clear()
    dialog.kind.setCurrentIndex(dialog.kind.findData("commentary"))
    assert dialog.changes() == {"title": "新标题", "kicker": None, "kind": "commentary"}
    dialog.accept()
    edited = get_article(sample_library, article.id)
    assert (edited.title, edited.kicker, edited.kind) == ("新标题", None, "commentary")
    assert window.articles_model.index(4, 0).data() == "新标题"
    window.undo_stack.undo()
    assert get_article(sample_library, article.id).title == article.title
    assert get_article(sample_library, article.id).kicker == article.kicker
    assert window.articles_model.index(4, 0).data() == article.title


def test_the_edit_dialog_refuses_an_empty_title(window, sample_library):
    open_sample(window, sample_library)
    dialog = tools(window).boundaries.edit_article()
    dialog.fields["title"].setText("  ")
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.reject()


def test_undo_of_an_edit_in_another_issue_keeps_the_reader_where_it_is(window, sample_library):
    open_sample(window, sample_library)
    article = window.reader.article
    window.action(ActionId.SPLIT_ARTICLE).trigger()  # at the cursor: the first paragraph
    assert window.undo_stack.count() == 0  # refused: nothing to undo
    third = paragraph(article, nth=2)
    select_stored(window, third.id, 0, 0)
    window.action(ActionId.SPLIT_ARTICLE).trigger()
    other = next(i for i in list_issues(sample_library) if i.id != article.issue_id)
    window.issues_view.select_issue(other.id)
    shown = window.reader.article.id
    window.undo_stack.undo()
    assert window.issues_view.current_issue_id() == other.id
    assert window.reader.article.id == shown
    assert get_article(sample_library, article.id).last_paragraph == article.last_paragraph
