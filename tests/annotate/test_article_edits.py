"""People's article boundaries and fields: split, merge, edit, undo, redo, re-import."""

from __future__ import annotations

import pytest

from reader.annotate.articles import NOT_PROOFREAD, PROBLEMATIC, PROOFREAD
from reader.annotate.model import NOTE
from reader.db.annotations import create_annotation, get_annotation
from reader.db.article_edits import (
    ArticleEditError,
    edit_article,
    merge_with_previous,
    redo_article_change,
    set_status,
    snapshot,
    split_article,
    undo_article_change,
)
from reader.db.articles import get_article, list_articles


def _consistent(issue, issue_id=None):
    """Articles tile the paragraphs; paragraphs and annotations point at the right article."""
    issue_id = issue_id or issue.id
    db = issue.db
    articles = list_articles(db, issue_id)
    assert [a.position for a in articles] == list(range(len(articles)))
    owner = {p: a.id for a in articles for p in range(a.first_paragraph, a.last_paragraph + 1)}
    paras = issue.paragraphs_of(issue_id)
    assert {p.position: p.article_id for p in paras} == owner
    by_id = {p.id: p.article_id for p in paras}
    rows = db.execute(
        "SELECT start_paragraph_id, article_id FROM annotations"
        " WHERE issue_id = ? AND orphaned = 0",
        [issue_id],
    )
    for start_paragraph, article in rows:
        assert article == by_id[start_paragraph]


def _tag(db, article_id, name):
    tag_id = db.execute("INSERT INTO tags (name) VALUES (?)", [name]).lastrowid
    db.execute("INSERT INTO article_tags (article_id, tag_id) VALUES (?, ?)", [article_id, tag_id])
    return tag_id


def _note_in(issue, position, length=4):
    p = issue.paragraphs[position]
    return create_annotation(issue.db, issue.id, (p.id, 0), (p.id, length), NOTE)


def test_split_then_undo_and_redo(issue):
    db, ps = issue.db, issue.paragraphs
    first = list_articles(db, issue.id)[0]  # paragraphs 0..10
    early, late = _note_in(issue, 2), _note_in(issue, 7)
    change = split_article(db, first.id, ps[5].id)
    (new_id,) = change.added
    head, rest = get_article(db, first.id), get_article(db, new_id)
    assert (head.first_paragraph, head.last_paragraph) == (0, 4)
    assert (rest.first_paragraph, rest.last_paragraph, rest.position) == (5, 10, 1)
    assert rest.title == ps[5].text[:40] and rest.kind == first.kind
    assert get_annotation(db, late.id).article_id == new_id
    assert get_annotation(db, early.id).article_id == first.id
    assert db.execute("SELECT edited FROM articles WHERE id = ?", [new_id]).fetchone()[0] == 1
    _consistent(issue)

    undo_article_change(db, change)
    assert snapshot(db, issue.id) == change.before and get_article(db, new_id) is None
    assert get_annotation(db, late.id).article_id == first.id
    _consistent(issue)
    redo_article_change(db, change)
    assert snapshot(db, issue.id) == change.after
    assert get_annotation(db, late.id).article_id == new_id
    _consistent(issue)


def test_split_only_inside_the_article(issue):
    db, ps = issue.db, issue.paragraphs
    first = list_articles(db, issue.id)[0]
    with pytest.raises(ArticleEditError):
        split_article(db, first.id, ps[0].id)  # its own first paragraph
    with pytest.raises(ArticleEditError):
        split_article(db, first.id, ps[20].id)  # another article's paragraph
    assert len(list_articles(db, issue.id)) == 9


def test_merge_keeps_tags_and_undo_brings_the_article_back(issue):
    db = issue.db
    first, second = list_articles(db, issue.id)[:2]
    _tag(db, first.id, "会议")
    kept_tag = _tag(db, second.id, "地点/示范区")
    set_status(db, first.id, PROOFREAD)
    note = _note_in(issue, second.first_paragraph + 1)
    change = merge_with_previous(db, second.id)
    merged = get_article(db, first.id)
    assert (merged.first_paragraph, merged.last_paragraph) == (0, second.last_paragraph)
    assert get_article(db, second.id) is None and merged.status == NOT_PROOFREAD
    assert change.article(first.id).tags == tuple(sorted((1, kept_tag)))
    assert get_annotation(db, note.id).article_id == first.id
    _consistent(issue)

    undo_article_change(db, change)
    back = get_article(db, second.id)
    assert back is not None and back.title == second.title and back.byline == second.byline
    assert snapshot(db, issue.id) == change.before
    assert get_annotation(db, note.id).article_id == second.id
    _consistent(issue)
    with pytest.raises(ArticleEditError):
        merge_with_previous(db, first.id)  # nothing before the first article


def test_edit_fields_and_undo(issue):
    db = issue.db
    article = list_articles(db, issue.id)[2]
    change = edit_article(
        db, article.id, title="新标题", kicker="肩题", column="□号 角", kind="photo"
    )
    edited = get_article(db, article.id)
    assert (edited.title, edited.kicker, edited.column, edited.kind) == (
        "新标题", "肩题", "□号 角", "photo",
    )  # fmt: skip
    undo_article_change(db, change)
    again = get_article(db, article.id)
    assert (again.title, again.kicker, again.column, again.kind) == (
        article.title, article.kicker, article.column, article.kind,
    )  # fmt: skip
    with pytest.raises(ArticleEditError):
        edit_article(db, article.id, kind="poem")
    with pytest.raises(ArticleEditError):
        edit_article(db, article.id, title="  ")
    with pytest.raises(ArticleEditError):
        edit_article(db, article.id, status="proofread")


def test_edits_survive_a_reimport(issue):
    db, ps = issue.db, issue.paragraphs
    articles = list_articles(db, issue.id)
    split_article(db, articles[0].id, ps[5].id)
    edit_article(db, articles[1].id, title="会见客人", byline="本报记者")
    merge_with_previous(db, articles[3].id)  # 3 joins 2
    set_status(db, articles[0].id, PROBLEMATIC)  # kept though 前言 joins it
    set_status(db, articles[4].id, PROOFREAD)  # text unchanged below
    set_status(db, articles[5].id, PROOFREAD)  # its text changes below
    set_status(db, articles[6].id, PROBLEMATIC)
    tag = _tag(db, articles[6].id, "消防")
    split_part = _note_in(issue, 7)

    changed = ps[36].text[:6] + "改" + ps[36].text[7:]
    new_id = issue.reimport("\n\n前言。" + issue.text.replace(ps[36].text, changed))
    report = issue.last_import.edits

    new = {a.first_paragraph: a for a in list_articles(db, new_id)}
    offset = 1  # 前言 is one more paragraph at the top
    assert new[5 + offset].title == ps[5].text[:40]  # the split was made again
    assert new[0].title == articles[0].title and new[0].status == PROBLEMATIC
    assert new[articles[1].first_paragraph + offset].title == "会见客人"
    assert new[articles[1].first_paragraph + offset].byline == "本报记者"
    assert articles[3].first_paragraph + offset not in new  # still merged
    assert (
        new[articles[2].first_paragraph + offset].last_paragraph == articles[3].last_paragraph + 1
    )
    assert new[articles[4].first_paragraph + offset].status == PROOFREAD
    assert new[articles[5].first_paragraph + offset].status == NOT_PROOFREAD
    assert report.statuses_reset == [new[articles[5].first_paragraph + offset].id]
    sixth = new[articles[6].first_paragraph + offset]
    assert sixth.status == PROBLEMATIC and tag in snapshot_tags(db, sixth.id)
    assert report.splits == 1 and report.merges == 1 and not report.lost
    assert get_annotation(db, split_part.id).article_id == new[5 + offset].id
    _consistent(issue, new_id)


def snapshot_tags(db, article_id):
    sql = "SELECT tag_id FROM article_tags WHERE article_id = ?"
    return [row[0] for row in db.execute(sql, [article_id])]
