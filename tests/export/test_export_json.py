"""Annotations as W3C JSON: valid, the CLI's shape, tombstones included, and merged elsewhere."""

from __future__ import annotations

import io
import json
from dataclasses import astuple, replace

from export_helpers import ISSUE_003, ISSUE_004, describe_issues, import_samples

from reader.annotate.w3c import EXTENSION
from reader.cli_annotations import _import as cli_import
from reader.db.annotations import (
    delete_annotation,
    get_annotation,
    import_w3c,
    list_annotations,
    update_annotation,
)
from reader.db.connection import open_library
from reader.export.run import JSON, export, export_to_path
from reader.export.scope import Scope

LIBRARY = Scope()


def _items(db, scope: Scope = LIBRARY) -> list[dict]:
    out = io.StringIO()
    export(db, scope, JSON, out)
    return json.loads(out.getvalue())


def _fresh(tmp_path, samples, name: str, issues=(ISSUE_003, ISSUE_004)):
    db = open_library(tmp_path / name / "library.sqlite")
    describe_issues(db, import_samples(db, samples, tuple(issues)))
    return db


def _portable(db) -> list[tuple]:
    """Every annotation as another library would hold it: no row ids, positions instead."""
    positions = dict(db.execute("SELECT id, position FROM paragraphs").fetchall())
    found = []
    for a in list_annotations(db, include_deleted=True):
        where = (positions.get(a.start_paragraph_id), a.start_offset,
                 positions.get(a.end_paragraph_id), a.end_offset)  # fmt: skip
        unplaced = replace(a, issue_id=None, article_id=None, start_paragraph_id=None,
                           end_paragraph_id=None)  # fmt: skip
        found.append((*astuple(unplaced), where))
    return sorted(found, key=lambda row: row[0])


def test_every_item_passes_the_w3c_must_assertions(library, built, w3c_failures):
    items = _items(library)
    assert len(items) == 7
    for item in items:
        assert w3c_failures(item) == [], item["id"]
    assert w3c_failures({k: v for k, v in items[0].items() if k != "target"})  # not vacuous


def test_json_is_what_the_annotations_command_prints(library, built, capsys, cli):
    exported = _items(library)
    assert cli("annotations", "--json", "--include-deleted") == 0
    printed = json.loads(capsys.readouterr().out)
    assert {i["id"]: i for i in exported} == {i["id"]: i for i in printed}
    out = io.StringIO()
    export(library, Scope(), JSON, out)
    assert out.getvalue() == json.dumps(exported, ensure_ascii=False, indent=2) + "\n"


def test_json_carries_tombstones_and_the_scope(library, built):
    items = {item["id"]: item for item in _items(library)}
    gone = items[built.annotations["gone"]]
    assert gone[EXTENSION]["deleted"] == "2023-02-07T10:30:00Z"
    only_004 = _items(library, Scope.issues([built.issue_004]))
    assert {i["id"] for i in only_004} == {built.annotations["question"], built.annotations["gone"]}
    assert _items(library, Scope.search_results([])) == []


def test_export_then_import_into_a_fresh_library_gives_identical_annotations(
    library, built, tmp_path, samples
):
    path = tmp_path / "annotations.json"
    export_to_path(library, Scope(), JSON, path)
    other = _fresh(tmp_path, samples, "other")
    report = import_w3c(other, json.loads(path.read_text(encoding="utf-8")))
    assert (report.added, report.deleted, report.invalid, report.orphaned) == (6, 1, [], [])
    assert _portable(other) == _portable(library)
    again = import_w3c(other, json.loads(path.read_text(encoding="utf-8")))
    assert not again.changed and again.unchanged == 7  # a second import changes nothing
    assert _portable(other) == _portable(library)


def test_newer_modification_wins_both_ways(library, built, tmp_path, samples):
    path = tmp_path / "first.json"
    export_to_path(library, Scope(), JSON, path)
    other = _fresh(tmp_path, samples, "other")
    import_w3c(other, json.loads(path.read_text(encoding="utf-8")))
    ident = built.annotations["question"]
    update_annotation(library, ident, note="here, later")  # modified now: newer than 2023
    export_to_path(library, Scope(), JSON, path)
    report = import_w3c(other, json.loads(path.read_text(encoding="utf-8")))
    assert report.updated == 1 and get_annotation(other, ident).note == "here, later"
    update_annotation(other, ident, note="there, even later")
    other.execute("UPDATE annotations SET modified = '2999-01-01T00:00:00Z' WHERE id = ?", [ident])
    report = import_w3c(other, json.loads(path.read_text(encoding="utf-8")))
    assert report.unchanged == 7 and get_annotation(other, ident).note == "there, even later"


def test_deleting_here_deletes_there(library, built, tmp_path, samples):
    path = tmp_path / "first.json"
    export_to_path(library, Scope(), JSON, path)
    other = _fresh(tmp_path, samples, "other")
    import_w3c(other, json.loads(path.read_text(encoding="utf-8")))
    ident = built.annotations["doubled"]
    delete_annotation(library, ident)
    export_to_path(library, Scope(), JSON, path)
    report = import_w3c(other, json.loads(path.read_text(encoding="utf-8")))
    assert report.deleted == 1 and get_annotation(other, ident).is_deleted
    assert ident not in {a.id for a in list_annotations(other)}


def test_unknown_issues_wait_are_reported_and_travel_on(library, built, tmp_path, samples, capsys):
    path = tmp_path / "all.json"
    export_to_path(library, Scope(), JSON, path)
    partial = _fresh(tmp_path, samples, "partial", issues=(ISSUE_003,))
    assert cli_import(partial, path, as_json=False) == 0
    printed = capsys.readouterr().out
    question = built.annotations["question"]
    assert f"no issue in this library for: {question}" in printed
    waiting = get_annotation(partial, question)
    assert waiting.issue_id is None and waiting.note == "日期是否为*12月6日*？"
    onward = {i["id"] for i in _items(partial)}  # a whole-library export carries them on
    assert question in onward and built.annotations["gone"] in onward
    import_samples(partial, samples, (ISSUE_004,))  # the issue arrives: they are placed
    assert get_annotation(partial, question).issue_id is not None
    assert _portable(partial) == _portable(library)
