"""The corrected text: corrections replace their spans, deletions vanish, the source stays."""

from __future__ import annotations

from dataclasses import replace

from reader.annotate.corrected import (
    Correction,
    apply_corrections,
    corrections_of,
    select_corrections,
)
from reader.annotate.model import IMPORTANT, OCR_ERROR
from reader.db.annotations import create_annotation, delete_annotation, list_annotations
from reader.db.issues import list_issues

PARAGRAPHS = [(10, "# 标题"), (11, "本报讯 今天天汽晴朗。"), (12, "第二段有错字字。"), (13, "残")]


def test_a_correction_replaces_its_span_and_the_rest_is_unchanged():
    result = apply_corrections(PARAGRAPHS, [Correction(11, 7, 11, 8, "气")])
    assert result.paragraphs == [(10, "# 标题"), (11, "本报讯 今天天气晴朗。"), *PARAGRAPHS[2:]]
    assert result.skipped == []
    assert PARAGRAPHS[1] == (11, "本报讯 今天天汽晴朗。")  # the input is not touched


def test_an_empty_correction_deletes_and_an_emptied_paragraph_vanishes():
    result = apply_corrections(
        PARAGRAPHS, [Correction(12, 6, 12, 7, ""), Correction(13, 0, 13, 1, "")]
    )
    assert result.paragraphs == [*PARAGRAPHS[:2], (12, "第二段有错字。")]


def test_several_corrections_in_one_paragraph_keep_their_offsets():
    text = [(1, "甲乙丙丁戊")]
    fixes = [Correction(1, 3, 1, 4, "DD"), Correction(1, 0, 1, 1, ""), Correction(1, 1, 1, 2, "B")]
    assert apply_corrections(text, fixes).paragraphs == [(1, "B丙DD戊")]


def test_a_correction_across_paragraphs_joins_them():
    broken = [(1, "消费券发放活"), (2, "动推出后"), (3, "商场人气旺。")]
    result = apply_corrections(broken, [Correction(1, 5, 2, 1, "活动")])
    assert result.paragraphs == [(1, "消费券发放活动推出后"), (3, "商场人气旺。")]
    assert result.text == "消费券发放活动推出后\n\n商场人气旺。"


def test_overlapping_corrections_keep_the_first_and_report_the_other():
    first, second = Correction(11, 4, 11, 8, "甲", "a"), Correction(11, 6, 11, 9, "乙", "b")
    kept, skipped = select_corrections(PARAGRAPHS, [second, first])
    assert [c.annotation_id for _key, c in kept] == ["a"] and skipped == [second]
    adjacent = Correction(11, 8, 11, 9, "丙")
    assert apply_corrections(PARAGRAPHS, [first, adjacent]).skipped == []


def test_corrections_outside_the_paragraphs_or_inside_out_are_skipped():
    elsewhere, backwards = Correction(99, 0, 99, 1, "x"), Correction(11, 5, 11, 2, "x")
    too_far = Correction(11, 0, 11, 500, "x")
    result = apply_corrections(PARAGRAPHS, [elsewhere, backwards, too_far])
    assert result.paragraphs == PARAGRAPHS and len(result.skipped) == 3


def test_corrections_of_takes_live_placed_ocr_errors_with_a_correction(sample_library):
    db = sample_library
    issue = list_issues(db)[0].id
    paragraph = db.execute(
        "SELECT id FROM paragraphs WHERE issue_id = ? AND role = 'body' ORDER BY position",
        [issue],
    ).fetchone()[0]
    fix = create_annotation(db, issue, (paragraph, 0), (paragraph, 2), OCR_ERROR, correction="正")
    create_annotation(db, issue, (paragraph, 2), (paragraph, 3), OCR_ERROR)  # no correction
    create_annotation(db, issue, (paragraph, 3), (paragraph, 4), IMPORTANT, correction="x")
    gone = create_annotation(db, issue, (paragraph, 4), (paragraph, 5), OCR_ERROR, correction="")
    delete_annotation(db, gone.id)
    found = list_annotations(db, issue_id=issue, include_deleted=True)
    assert corrections_of(found) == [Correction(paragraph, 0, paragraph, 2, "正", fix.id)]
    orphaned = replace(fix, orphaned=True, start_paragraph_id=None)
    assert corrections_of([orphaned]) == []
