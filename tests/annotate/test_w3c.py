"""W3C Web Annotation JSON: valid per the W3C suite, and the same meaning in every library."""

from __future__ import annotations

import copy
import shutil

import pytest

from reader.annotate.model import CATEGORIES, IMPORTANT, NOTE, OCR_ERROR, QUESTION
from reader.annotate.w3c import CONTEXT_URL, EXTENSION, W3CError, from_w3c, to_w3c
from reader.db.annotations import (
    create_annotation,
    delete_annotation,
    get_annotation,
    import_w3c,
    list_annotations,
    restore_annotation,
)
from reader.db.connection import open_library
from reader.importer.run import import_paths

SAMPLE = "004_9cf174746abdde8c.txt"
MARKDOWN = "# 笔记\n*Markdown*"


def _annotate_all(issue):
    """One annotation per category, one across paragraphs, one deleted."""
    db, ps = issue.db, issue.paragraphs
    made = [
        create_annotation(db, issue.id, (ps[2].id, 5), (ps[2].id, 9), OCR_ERROR, correction=""),
        create_annotation(db, issue.id, (ps[7].id, 0), (ps[7].id, 4), NOTE, note=MARKDOWN),
        create_annotation(db, issue.id, (ps[2].id, len(ps[2].text) - 3), (ps[3].id, 1), IMPORTANT,
                          color="#ffcc00"),
        create_annotation(db, issue.id, (ps[12].id, 3), (ps[12].id, 10), QUESTION, note="谁?"),
    ]  # fmt: skip
    gone = create_annotation(db, issue.id, (ps[5].id, 0), (ps[5].id, 4), NOTE, note="删")
    delete_annotation(db, gone.id)
    return made, gone


def _export(db, include_deleted=True):
    return [to_w3c(a) for a in list_annotations(db, include_deleted=include_deleted)]


def _portable(items):
    """What must agree between libraries: everything but this library's row ids."""
    items = copy.deepcopy(items)
    for item in items:
        for key in ("issue", "article", "orphaned"):
            item.get(EXTENSION, {}).pop(key, None)
    return sorted(items, key=lambda i: i["id"])


def test_export_shape_and_selectors(issue):
    made, gone = _annotate_all(issue)
    text = issue.text
    content_hash = issue.db.execute("SELECT content_hash FROM issues").fetchone()[0]
    for ann in made:
        data = to_w3c(ann)
        assert data["@context"] == CONTEXT_URL and data["type"] == "Annotation"
        assert data["id"] == ann.id and data["created"] == ann.created
        assert data["target"]["source"] == f"urn:sha256:{content_hash}"
        position, quote = data["target"]["selector"]
        assert position["type"] == "TextPositionSelector"
        assert text[position["start"] : position["end"]] == quote["exact"] == ann.exact
        assert quote["type"] == "TextQuoteSelector"
        assert text[: position["start"]].endswith(quote["prefix"])
        assert text[position["end"] :].startswith(quote["suffix"])
        purposes = {b["purpose"]: b for b in data["body"]}
        assert purposes["classifying"]["value"] == ann.category in CATEGORIES
        assert all(b["type"] == "TextualBody" for b in data["body"])
    assert {b["purpose"]: b["value"] for b in to_w3c(made[0])["body"]}["editing"] == ""
    comment = {b["purpose"]: b for b in to_w3c(made[1])["body"]}["commenting"]
    assert comment == {"type": "TextualBody", "purpose": "commenting",
                       "value": "# 笔记\n*Markdown*", "format": "text/markdown"}  # fmt: skip
    assert to_w3c(made[2])[EXTENSION]["color"] == "#ffcc00"
    assert to_w3c(get_annotation(issue.db, gone.id))[EXTENSION]["deleted"]


def test_every_export_passes_the_w3c_must_assertions(issue, w3c_failures):
    _annotate_all(issue)
    exported = _export(issue.db)
    assert len(exported) == 5
    for item in exported:
        assert w3c_failures(item) == []
    broken = dict(exported[0], type="Note")
    broken.pop("@context")
    assert len(w3c_failures(broken)) >= 2  # the checker is not vacuous
    assert w3c_failures(dict(exported[0], created="yesterday"))


def test_from_w3c_reads_back_what_to_w3c_wrote(issue):
    made, _ = _annotate_all(issue)
    for ann in made:
        back = from_w3c(to_w3c(ann))
        assert back.content() == ann.content()
        assert (back.source_hash, back.text_start, back.text_end) == (
            ann.source_hash, ann.text_start, ann.text_end,
        )  # fmt: skip
    for bad in ({}, {"id": "urn:uuid:x"}, {"id": "urn:uuid:x", "target": {"source": "http://x"}}):
        with pytest.raises(W3CError):
            from_w3c(bad)


def _fresh_library(tmp_path, samples, name="other.sqlite"):
    db = open_library(tmp_path / name)
    folder = tmp_path / f"{name}-files"
    folder.mkdir()
    shutil.copy(samples / SAMPLE, folder / SAMPLE)
    assert import_paths(db, [folder / SAMPLE]).results[0].issue_id
    return db


def test_round_trip_into_another_library(issue, tmp_path, samples):
    _annotate_all(issue)
    exported = _export(issue.db)
    other = _fresh_library(tmp_path, samples)
    report = import_w3c(other, exported)
    assert (report.added, report.deleted, report.updated, report.unchanged) == (4, 1, 0, 0)
    assert not report.orphaned and not report.unknown_issue and not report.invalid
    assert _portable(_export(other)) == _portable(exported)
    assert [a.id for a in list_annotations(other)] == [a.id for a in list_annotations(issue.db)]

    rows = other.execute("SELECT * FROM annotations ORDER BY id").fetchall()
    again = import_w3c(other, exported)
    assert (again.unchanged, again.changed) == (5, False)
    assert other.execute("SELECT * FROM annotations ORDER BY id").fetchall() == rows


def test_newer_modified_wins_and_tombstones_delete(issue, tmp_path, samples):
    made, _ = _annotate_all(issue)
    exported = _export(issue.db)
    other = _fresh_library(tmp_path, samples)
    import_w3c(other, exported)
    ann = made[1]

    newer = next(copy.deepcopy(i) for i in exported if i["id"] == ann.id)
    newer["modified"] = "2999-01-01T00:00:00Z"
    newer["body"][1]["value"] = "改过的笔记"
    assert import_w3c(other, [newer]).updated == 1
    assert get_annotation(other, ann.id).note == "改过的笔记"

    older = copy.deepcopy(newer)
    older["modified"] = "2000-01-01T00:00:00Z"
    older["body"][1]["value"] = "旧的"
    assert import_w3c(other, [older]).unchanged == 1
    assert get_annotation(other, ann.id).note == "改过的笔记"

    tomb = copy.deepcopy(newer)
    tomb["modified"] = "3000-01-01T00:00:00Z"
    tomb[EXTENSION] = {"deleted": "3000-01-01T00:00:00Z"}
    assert import_w3c(other, [tomb]).deleted == 1
    assert get_annotation(other, ann.id).deleted == "3000-01-01T00:00:00Z"
    assert ann.id not in [a.id for a in list_annotations(other)]
    assert import_w3c(other, [newer]).unchanged == 1  # an older live copy does not resurrect it


def test_a_local_restore_beats_an_older_tombstone(issue, tmp_path, samples):
    made, _ = _annotate_all(issue)
    delete_annotation(issue.db, made[0].id)
    tombstones = _export(issue.db)
    issue.db.execute("UPDATE annotations SET modified = '2001-01-01T00:00:00Z'")  # before now
    for item in tombstones:
        item["modified"] = "2001-01-01T00:00:00Z"
    restore_annotation(issue.db, made[0].id)
    assert import_w3c(issue.db, tombstones).deleted == 0
    assert get_annotation(issue.db, made[0].id).deleted is None


def test_stale_positions_newer_versions_orphans_and_unknown_issues(issue, tmp_path, samples):
    made, _ = _annotate_all(issue)
    exported = _export(issue.db, include_deleted=False)
    for item in exported:
        item["target"]["selector"][0]["start"] += 7  # stale offsets
        item["target"]["selector"][0]["end"] += 7
    unplaceable = copy.deepcopy(exported[0])
    unplaceable["id"] = "urn:uuid:00000000-0000-4000-8000-000000000001"
    unplaceable["target"]["selector"][1].update(
        exact="这句话不在报纸里出现过", prefix="", suffix=""
    )
    unknown = copy.deepcopy(next(i for i in exported if i["id"] == made[1].id))
    unknown["id"] = "urn:uuid:00000000-0000-4000-8000-000000000002"
    unknown["target"]["source"] = "urn:sha256:" + "ab" * 32

    other = open_library(tmp_path / "versions.sqlite")
    path = tmp_path / "v" / SAMPLE
    path.parent.mkdir()
    shutil.copy(samples / SAMPLE, path)
    import_paths(other, [path])
    path.write_text("\n\n新版本的前言。" + path.read_text("utf-8"), encoding="utf-8")
    current = import_paths(other, [path]).results[0].issue_id  # only v2 is current

    report = import_w3c(other, [*exported, unplaceable, unknown, {"type": "Annotation"}])
    assert report.added == 6 and report.orphaned == [unplaceable["id"]]
    assert report.unknown_issue == [unknown["id"]] and len(report.invalid) == 1
    text = path.read_text(encoding="utf-8")
    for ann in made:
        placed = get_annotation(other, ann.id)
        assert placed.issue_id == current and not placed.orphaned
        assert text[placed.text_start : placed.text_end] == ann.exact
        assert placed.text_start == ann.text_start + len("\n\n新版本的前言。")
    lost = get_annotation(other, unplaceable["id"])
    assert lost.orphaned and lost.issue_id == current and lost.exact == "这句话不在报纸里出现过"
    waiting = get_annotation(other, unknown["id"])
    assert waiting.issue_id is None and waiting.source_hash == "ab" * 32
    assert waiting.note == made[1].note
    assert [a.id for a in list_annotations(other, orphans_only=True)][-1] == unknown["id"]


def test_waiting_annotations_attach_when_their_issue_arrives(issue, tmp_path, samples):
    made, _ = _annotate_all(issue)
    exported = _export(issue.db, include_deleted=False)
    other = open_library(tmp_path / "later.sqlite")
    report = import_w3c(other, exported)
    assert len(report.unknown_issue) == 4
    assert all(a.issue_id is None and a.orphaned for a in list_annotations(other))
    attached = import_paths(other, [samples / SAMPLE]).results[0].waiting
    assert sorted(attached.unchanged) == sorted(a.id for a in made)
    assert _portable(_export(other)) == _portable(exported)
