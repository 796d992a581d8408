"""Annotations follow a re-imported (edited) version of their issue, or stay as orphans."""

from __future__ import annotations

from reader.annotate.model import CONTEXT, IMPORTANT, NOTE, OCR_ERROR, QUESTION
from reader.db.annotations import (
    create_annotation,
    delete_annotation,
    get_annotation,
    list_annotations,
    reanchor_issue,
)

# The importer calls reanchor_issue for every new version; the tests read its report
# from the import, and call it directly only to check that a second run changes nothing.


def _span(issue, index, quote):
    p = issue.paragraphs[index]
    at = p.text.index(quote)
    return (p.id, at), (p.id, at + len(quote))


def _annotate(issue, index, quote, category=NOTE, **fields):
    start, end = _span(issue, index, quote)
    return create_annotation(issue.db, issue.id, start, end, category, **fields)


def _assert_placed(issue, new_id, ann):
    db, text = issue.db, issue.text_of(new_id)
    assert ann.issue_id == new_id and not ann.orphaned
    assert text[ann.text_start : ann.text_end] == ann.exact
    assert ann.prefix == text[max(0, ann.text_start - CONTEXT) : ann.text_start]
    assert ann.suffix == text[ann.text_end : ann.text_end + CONTEXT]
    paras = {p.id: p for p in issue.paragraphs_of(new_id)}
    assert paras[ann.start_paragraph_id].start + ann.start_offset == ann.text_start
    assert paras[ann.end_paragraph_id].start + ann.end_offset == ann.text_end
    assert ann.article_id == paras[ann.start_paragraph_id].article_id
    hash_ = db.execute("SELECT content_hash FROM issues WHERE id = ?", [new_id]).fetchone()[0]
    assert ann.source_hash == hash_


def test_unchanged_text_keeps_offsets(issue):
    kept = _annotate(issue, 2, "安全生产事关人民群众", IMPORTANT)
    across = create_annotation(
        issue.db, issue.id, _span(issue, 2, "生命至")[0], _span(issue, 3, "上,提高")[1], OCR_ERROR,
        correction="生命至上,提高",
    )  # fmt: skip
    new_id = issue.reimport(issue.text.replace("示范区公众号", "示范区微信公众号"))
    report = issue.last_import.annotations
    assert sorted(report.unchanged) == sorted([kept.id, across.id]) and not report.orphaned
    for before in (kept, across):
        after = get_annotation(issue.db, before.id)
        _assert_placed(issue, new_id, after)
        assert (after.text_start, after.text_end, after.exact) == (
            before.text_start, before.text_end, before.exact,
        )  # fmt: skip
        assert after.start_paragraph_id != before.start_paragraph_id  # the new version's rows
        assert after.modified == before.modified  # re-anchoring is not a person's edit
    assert list_annotations(issue.db, issue_id=issue.id) == []


def test_edited_version_moves_fuzzes_and_orphans(issue):
    db, ps = issue.db, issue.paragraphs
    shifted = _annotate(issue, 7, "凡事预则立,不预则废", QUESTION, note="出处?")
    moved = _annotate(issue, 12, "示范区(高新区)党委书记吕沛", IMPORTANT)
    fuzzy = _annotate(issue, 2, "安全生产事关人民群众生命财产安全", OCR_ERROR, correction="x")
    lost = _annotate(issue, 14, "程正伟介绍了深圳华侨城", NOTE, note="*重要* 的笔记")
    tomb = _annotate(issue, 5, "最后冲刺期")
    delete_annotation(db, tomb.id)

    text = issue.text
    text = text.replace("\n\n" + ps[14].text, "")  # a paragraph dropped
    text = text.replace("\n\n" + ps[12].text, "") + ps[12].text + "\n\n"  # one moved to the end
    text = text.replace("人民群众生命", "人民羣众生命")  # an OCR fix inside a quote
    text = "\n\n# 新增的导读\n\n" + text  # everything shifts
    new_id = issue.reimport(text)
    report = issue.last_import.annotations

    assert set(report.moved) == {shifted.id, moved.id}
    assert [f[0] for f in report.fuzzy] == [fuzzy.id] and report.orphaned == [lost.id]
    assert report.fuzzy[0][1:] == (
        "安全生产事关人民群众生命财产安全",
        "安全生产事关人民羣众生命财产安全",
    )
    for ann in (shifted, moved, fuzzy):
        _assert_placed(issue, new_id, get_annotation(db, ann.id))
    assert get_annotation(db, moved.id).text_start > len(text) - len(ps[12].text) - 10
    assert get_annotation(db, fuzzy.id).correction == "x"

    orphan = get_annotation(db, lost.id)
    assert orphan.orphaned and orphan.issue_id == new_id and orphan.article_id is None
    assert (orphan.exact, orphan.note, orphan.prefix) == (lost.exact, lost.note, lost.prefix)
    assert orphan.source_hash == lost.source_hash  # its quote is still true of the old file
    listed = list_annotations(db, issue_id=new_id)
    assert [a.id for a in listed][-1] == lost.id and len(listed) == 4  # orphans last
    gone = get_annotation(db, tomb.id)
    assert gone.deleted is not None and gone.issue_id == new_id


def test_an_orphan_of_the_old_version_is_placed_again(issue):
    ann = _annotate(issue, 7, "凡事预则立,不预则废", NOTE)
    issue.db.execute(
        "UPDATE annotations SET orphaned = 1, start_paragraph_id = NULL WHERE id = ?", [ann.id]
    )
    new_id = issue.reimport("\n\n前言。" + issue.text)
    report = issue.last_import.annotations
    assert report.moved == [ann.id]
    _assert_placed(issue, new_id, get_annotation(issue.db, ann.id))


def test_a_third_version_carries_them_again(issue):
    ann = _annotate(issue, 2, "安全生产事关人民群众生命财产安全", OCR_ERROR, correction="")
    issue.reimport(issue.text + "附记一。\n")
    third = issue.reimport("\n\n开头。" + issue.text.replace("附记一。\n", "") + "附记二。\n")
    _assert_placed(issue, third, get_annotation(issue.db, ann.id))
    assert get_annotation(issue.db, ann.id).correction == ""


def test_the_import_carries_them_once(issue):
    ann = _annotate(issue, 7, "凡事预则立,不预则废", NOTE)
    new_id = issue.reimport("\n\n前言。" + issue.text)
    assert issue.last_import.annotations.moved == [ann.id]
    again = reanchor_issue(issue.db, issue.id, new_id)
    assert again.summary() == "" and get_annotation(issue.db, ann.id).issue_id == new_id
