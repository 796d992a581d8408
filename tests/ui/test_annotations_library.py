"""The library-wide annotation list, going to an annotation, and re-attaching orphans."""

from __future__ import annotations

import shutil

import pytest
from annotation_helpers import open_sample, paragraph, select_stored, tools
from PySide6.QtCore import Qt

from reader.annotate.articles import PROOFREAD
from reader.annotate.model import IMPORTANT, NOTE, OCR_ERROR, QUESTION
from reader.db.annotations import create_annotation, get_annotation, list_annotations
from reader.db.article_edits import set_status
from reader.db.articles import get_article
from reader.db.issues import list_issues
from reader.importer.run import import_paths
from reader.ui.actions import ActionId
from reader.ui.library_annotations import Column, LibraryAnnotationsModel

SAMPLE = "004_9cf174746abdde8c.txt"


def _annotate(db, article, nth, start, end, category, **values):
    body = paragraph(article, nth=nth)
    return create_annotation(db, article.issue_id, (body.id, start), (body.id, end), category,
                             **values)  # fmt: skip


@pytest.fixture
def annotated(window, sample_library):
    """Four annotations over two articles of sample 004; the reader shows the first article."""
    db = sample_library
    projects = open_sample(window, db)
    window.articles_view.select_row(0)
    first = window.reader.article
    made = [
        _annotate(db, first, 0, 0, 4, NOTE, note="查一下"),
        _annotate(db, first, 1, 2, 5, OCR_ERROR, correction="甲"),
        _annotate(db, projects, 0, 0, 3, IMPORTANT),
        _annotate(db, projects, 1, 0, 2, QUESTION, note="为什么"),
    ]
    set_status(db, projects.id, PROOFREAD)
    return made


def test_the_list_model_passes_the_model_tester(sample_library, annotated, qtmodeltester, window):
    model = LibraryAnnotationsModel(sample_library, window.settings)
    model.reload()
    assert model.rowCount() == 4
    qtmodeltester.check(model, force_py=True)


def test_filters_by_category_status_issue_text_and_orphans(window, annotated):
    dialog = tools(window).library.show_list(orphans=False)
    model = dialog.model
    assert model.rowCount() == 4 and dialog.count.text() == "4 annotations"
    dialog.category.setCurrentIndex(dialog.category.findData(NOTE))
    assert model.rowCount() == 1 and model.index(0, Column.NOTE).data() == "查一下"
    dialog.category.setCurrentIndex(0)
    dialog.status.setCurrentIndex(dialog.status.findData(PROOFREAD))
    assert model.rowCount() == 2
    assert {model.index(r, Column.CATEGORY).data() for r in range(2)} == {"Important", "Question"}
    dialog.status.setCurrentIndex(0)
    dialog.text.setText("为什么")
    dialog.apply_filter()
    assert model.rowCount() == 1 and model.index(0, Column.CATEGORY).data() == "Question"
    dialog.text.clear()
    dialog.this_issue.setChecked(True)
    assert model.rowCount() == 4  # every one of them is in the issue on screen
    dialog.orphans.setChecked(True)
    assert model.rowCount() == 0


def test_activating_a_row_opens_its_article_and_selects_its_text(window, annotated, qtbot):
    window.issues_view.select_issue(list_issues(window.db)[0].id)  # somewhere else
    dialog = tools(window).library.show_list(orphans=False)
    target = annotated[3]
    assert dialog.select_id(target.id)
    dialog.go_button.click()
    assert window.reader.article.id == target.article_id
    assert window.reader.textCursor().selectedText() == target.exact
    assert tools(window).annotations.panel.current_id() == target.id


def test_the_list_follows_edits_and_their_undo(window, annotated):
    dialog = tools(window).library.show_list(orphans=False)
    assert dialog.select_id(annotated[0].id)
    dialog.delete_button.click()
    assert dialog.model.rowCount() == 3
    window.undo_stack.undo()
    assert dialog.model.rowCount() == 4 and dialog.select_id(annotated[0].id)


@pytest.fixture
def orphaned(tmp_path, library, library_path, samples, make_window):
    """A window on sample 004 whose annotated paragraph a new OCR version no longer has."""
    path = tmp_path / "issues" / SAMPLE
    path.parent.mkdir()
    shutil.copy(samples / SAMPLE, path)
    issue_id = import_paths(library, [path]).results[0].issue_id
    text = path.read_text(encoding="utf-8")
    target = next(
        p
        for p in library.execute(
            "SELECT text FROM paragraphs WHERE issue_id = ? AND role = 'body'", [issue_id]
        ).fetchall()
        if len(p[0]) > 60
    )[0]
    paragraph_id = library.execute("SELECT id FROM paragraphs WHERE text = ?", [target]).fetchone()
    made = create_annotation(library, issue_id, (paragraph_id[0], 5), (paragraph_id[0], 12),
                             NOTE, note="原句待查")  # fmt: skip
    path.write_text(text.replace(target, "这一段在新版本里完全不同了。" * 3), encoding="utf-8")
    new_id = import_paths(library, [path]).results[0].issue_id
    assert get_annotation(library, made.id).orphaned
    window = make_window(library_path)
    window.issues_view.select_issue(new_id)
    return window, made


def test_orphans_are_listed_with_quote_and_note(orphaned):
    window, made = orphaned
    window.action(ActionId.ORPHANED_ANNOTATIONS).trigger()
    dialog = tools(window).library.dialog
    assert dialog.isVisible() and dialog.orphans.isChecked()
    model = dialog.model
    assert model.rowCount() == 1
    assert model.index(0, Column.QUOTE).data() == made.exact
    assert model.index(0, Column.NOTE).data() == "原句待查"
    assert model.index(0, Column.ARTICLE).data() == "(orphaned)"
    assert "原句待查" in model.index(0, Column.QUOTE).data(Qt.ItemDataRole.ToolTipRole)


def test_an_orphan_is_attached_to_the_selection_and_undo_makes_it_an_orphan_again(orphaned):
    window, made = orphaned
    dialog = tools(window).library.show_list(orphans=True)
    dialog.table.setCurrentIndex(dialog.model.index(0, Column.QUOTE))
    assert dialog.attach_button.isEnabled() and not dialog.go_button.isEnabled()
    article = window.reader.article
    body = paragraph(article)
    select_stored(window, body.id, 2, 8)
    window.action(ActionId.ATTACH_ORPHAN).trigger()
    placed = get_annotation(window.db, made.id)
    assert not placed.orphaned and placed.exact == body.text[2:8]
    assert placed.article_id == article.id and placed.note == "原句待查"
    assert dialog.model.rowCount() == 0  # no longer an orphan
    assert [a.id for a in tools(window).annotations.annotations] == [made.id]
    window.undo_stack.undo()
    assert get_annotation(window.db, made.id).orphaned
    assert dialog.model.rowCount() == 1 and tools(window).annotations.annotations == []
    window.undo_stack.redo()
    assert not get_annotation(window.db, made.id).orphaned


def test_an_orphan_can_be_deleted_by_hand_and_undeleted(orphaned):
    window, made = orphaned
    dialog = tools(window).library.show_list(orphans=True)
    dialog.select_id(made.id)
    dialog.delete_button.click()
    assert get_annotation(window.db, made.id).deleted is not None
    assert dialog.model.rowCount() == 0
    window.undo_stack.undo()
    assert get_annotation(window.db, made.id).deleted is None and dialog.model.rowCount() == 1


def test_attach_without_a_chosen_orphan_opens_the_list(window, sample_library):
    open_sample(window, sample_library)
    window.action(ActionId.ATTACH_ORPHAN).trigger()
    dialog = tools(window).library.dialog
    assert dialog is not None and dialog.isVisible() and dialog.orphans.isChecked()
    assert list_annotations(window.db) == []
    assert get_article(window.db, window.reader.article.id) is not None
