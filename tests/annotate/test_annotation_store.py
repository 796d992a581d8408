"""Creating, editing, deleting and listing annotations in a library."""

from __future__ import annotations

import pytest

from reader.annotate.model import CATEGORIES, CONTEXT, IMPORTANT, NOTE, OCR_ERROR, QUESTION
from reader.db.annotations import (
    AnnotationError,
    annotation_counts,
    create_annotation,
    delete_annotation,
    delete_orphans,
    get_annotation,
    list_annotations,
    orphan_count,
    reattach_orphan,
    restore_annotation,
    update_annotation,
    write_back,
)
from reader.db.store import now


def _check_anchors(issue, ann):
    text = issue.text
    assert text[ann.text_start : ann.text_end] == ann.exact
    assert ann.prefix == text[max(0, ann.text_start - CONTEXT) : ann.text_start]
    assert ann.suffix == text[ann.text_end : ann.text_end + CONTEXT]
    paras = {p.id: p for p in issue.paragraphs}
    assert paras[ann.start_paragraph_id].start + ann.start_offset == ann.text_start
    assert paras[ann.end_paragraph_id].start + ann.end_offset == ann.text_end
    assert ann.article_id == paras[ann.start_paragraph_id].article_id


@pytest.mark.parametrize("category", CATEGORIES)
def test_each_category_inside_one_paragraph(issue, category):
    p = issue.paragraphs[2]  # 会议指出,安全生产事关人民群众…
    extra = {"correction": "生命至上"} if category == OCR_ERROR else {"note": "**看** 这里"}
    ann = create_annotation(issue.db, issue.id, (p.id, 5), (p.id, 9), category, **extra)
    assert ann.id.startswith("urn:uuid:") and ann.exact == p.text[5:9] == "安全生产"
    assert ann.category == category and not ann.orphaned and ann.deleted is None
    assert ann.created == ann.modified and ann.created.endswith("Z")
    _check_anchors(issue, ann)
    assert get_annotation(issue.db, ann.id) == ann


@pytest.mark.parametrize("category", CATEGORIES)
def test_each_category_across_paragraphs(issue, category):
    first, last = issue.paragraphs[2], issue.paragraphs[3]
    ann = create_annotation(
        issue.db, issue.id, (first.id, len(first.text) - 4), (last.id, 1), category
    )
    assert ann.exact == first.text[-4:] + "\n\n" + last.text[:1]  # 生命至 ⏎ 上
    assert ann.start_paragraph_id == first.id and ann.end_paragraph_id == last.id
    _check_anchors(issue, ann)


def test_bad_spans_and_fields_are_refused(issue):
    p, q = issue.paragraphs[2], issue.paragraphs[3]
    db = issue.db
    with pytest.raises(ValueError):
        create_annotation(db, issue.id, (q.id, 0), (p.id, 3), NOTE)  # end before start
    with pytest.raises(ValueError):
        create_annotation(db, issue.id, (p.id, 0), (p.id, len(p.text) + 1), NOTE)
    with pytest.raises(ValueError):
        create_annotation(db, issue.id, (p.id, 0), (p.id, 2), "typo")
    with pytest.raises(ValueError):
        create_annotation(db, issue.id, (p.id, 0), (p.id, 2), NOTE, color="yellow")
    with pytest.raises(ValueError):
        create_annotation(db, issue.id, (10**6, 0), (p.id, 2), NOTE)
    assert list_annotations(db, include_deleted=True) == []


def test_update_returns_what_undo_needs(issue):
    p = issue.paragraphs[2]
    ann = create_annotation(issue.db, issue.id, (p.id, 0), (p.id, 4), OCR_ERROR, correction="x")
    previous = update_annotation(issue.db, ann.id, correction="", note="删去", color="#ffcc00")
    assert previous == {"correction": "x", "note": None, "color": None}
    changed = get_annotation(issue.db, ann.id)
    assert (changed.correction, changed.note, changed.color) == ("", "删去", "#ffcc00")
    update_annotation(issue.db, ann.id, **previous)  # undo
    undone = get_annotation(issue.db, ann.id)
    assert (undone.correction, undone.note, undone.color) == ("x", None, None)
    assert undone.modified >= ann.modified
    with pytest.raises(ValueError):
        update_annotation(issue.db, ann.id, exact="hacked")
    with pytest.raises(AnnotationError):
        update_annotation(issue.db, "urn:uuid:nope", note="n")


def test_delete_keeps_a_tombstone_and_restore_undoes_it(issue):
    p = issue.paragraphs[2]
    ann = create_annotation(issue.db, issue.id, (p.id, 0), (p.id, 4), IMPORTANT)
    tomb = delete_annotation(issue.db, ann.id)
    assert tomb.deleted is not None and tomb.modified == tomb.deleted
    assert list_annotations(issue.db, issue_id=issue.id) == []
    assert [a.id for a in list_annotations(issue.db, include_deleted=True)] == [ann.id]
    with pytest.raises(AnnotationError):
        update_annotation(issue.db, ann.id, note="on a deleted one")
    back = restore_annotation(issue.db, ann.id)
    assert back.deleted is None
    assert _without_times(back) == _without_times(ann)
    assert list_annotations(issue.db, issue_id=issue.id) == [back]


def _without_times(ann):
    return ann.content()[:4] + (ann.exact, ann.text_start, ann.text_end, ann.article_id)


def test_list_in_text_order_with_filters(issue):
    db, ps = issue.db, issue.paragraphs
    late = create_annotation(db, issue.id, (ps[12].id, 0), (ps[12].id, 3), QUESTION, note="谁?")
    early = create_annotation(db, issue.id, (ps[2].id, 0), (ps[2].id, 4), OCR_ERROR, correction="")
    mid = create_annotation(db, issue.id, (ps[5].id, 0), (ps[5].id, 4), NOTE, note="Markdown *ok*")
    assert [a.id for a in list_annotations(db, issue_id=issue.id)] == [early.id, mid.id, late.id]
    assert [a.id for a in list_annotations(db, category=NOTE)] == [mid.id]
    assert [a.id for a in list_annotations(db, text="markdown")] == [mid.id]
    assert [a.id for a in list_annotations(db, text=late.exact)] == [late.id]
    assert [a.id for a in list_annotations(db, article_id=ps[12].article_id)] == [late.id]
    assert list_annotations(db, text="'; DROP TABLE annotations; --") == []
    counts = annotation_counts(db, issue.id)
    assert counts == {ps[2].article_id: 2, ps[12].article_id: 1}


def test_counts_agree_with_the_articles_pane(issue):
    from reader.db.browse import article_ids, article_rows

    ps = issue.paragraphs
    create_annotation(issue.db, issue.id, (ps[2].id, 0), (ps[2].id, 4), NOTE)
    gone = create_annotation(issue.db, issue.id, (ps[3].id, 0), (ps[3].id, 4), NOTE)
    delete_annotation(issue.db, gone.id)
    rows = article_rows(issue.db, article_ids(issue.db, issue.id))
    counts = annotation_counts(issue.db, issue.id)
    assert counts == {ps[2].article_id: 1}
    assert {i: r.annotations for i, r in rows.items() if r.annotations} == counts


def test_orphans_reattach_and_delete(issue):
    db, ps = issue.db, issue.paragraphs
    ann = create_annotation(db, issue.id, (ps[2].id, 0), (ps[2].id, 4), NOTE, note="keep me")
    db.execute(
        "UPDATE annotations SET orphaned = 1, start_paragraph_id = NULL, end_paragraph_id = NULL"
        " WHERE id = ?",
        [ann.id],
    )
    assert orphan_count(db, issue.id) == 1
    assert [a.id for a in list_annotations(db, orphans_only=True)] == [ann.id]
    old = reattach_orphan(db, ann.id, (ps[7].id, 0), (ps[7].id, 5))
    moved = get_annotation(db, ann.id)
    assert old.orphaned and not moved.orphaned and moved.exact == ps[7].text[:5]
    assert moved.note == "keep me" and orphan_count(db, issue.id) == 0
    _check_anchors(issue, moved)
    write_back(db, old)  # undo of the reattach
    assert get_annotation(db, ann.id).orphaned and orphan_count(db, issue.id) == 1
    assert delete_orphans(db, issue.id) == [ann.id]
    assert orphan_count(db, issue.id) == 0 and get_annotation(db, ann.id).deleted is not None
    restore_annotation(db, ann.id)  # undo of the deletion
    assert orphan_count(db, issue.id) == 1


def test_timestamps_are_utc_iso():
    stamp = now()
    assert len(stamp) == 20 and stamp[10] == "T" and stamp.endswith("Z")


def test_waiting_annotations_are_found_by_index(library):
    plan = library.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM annotations WHERE issue_id IS NULL AND source_hash = ?",
        ["ab" * 32],
    ).fetchall()
    assert "annotations_waiting" in str(plan)
