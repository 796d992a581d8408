"""`issue-reader annotations`: listing, W3C JSON export and import."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from reader.annotate.model import NOTE, OCR_ERROR
from reader.cli_annotations import add_annotation_commands
from reader.db.annotations import create_annotation, delete_annotation, list_annotations
from reader.db.connection import open_library
from reader.importer.run import import_paths

SAMPLE = "004_9cf174746abdde8c.txt"


def _run(capsys, library: Path, *argv: str) -> tuple[int, str, str]:
    """Parse as `issue-reader --library LIB …` would once cli.py registers the command."""
    parser = argparse.ArgumentParser(prog="issue-reader")
    parser.add_argument("--library", type=Path)
    add_annotation_commands(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["--library", str(library), *argv])
    code = args.run(args)
    out, err = capsys.readouterr()
    return code, out, err


def _library_with_notes(path: Path, samples: Path):
    db = open_library(path)
    issue_id = import_paths(db, [samples / SAMPLE]).results[0].issue_id
    p = db.execute(
        "SELECT id, text FROM paragraphs WHERE issue_id = ? AND position = 2", [issue_id]
    ).fetchone()
    fix = create_annotation(db, issue_id, (p[0], 5), (p[0], 9), OCR_ERROR, correction="安全生严")
    note = create_annotation(db, issue_id, (p[0], 0), (p[0], 4), NOTE, note="第一行\n第二行")
    gone = create_annotation(db, issue_id, (p[0], 10), (p[0], 14), NOTE, note="删掉的")
    delete_annotation(db, gone.id)
    db.execute("UPDATE annotations SET orphaned = 1 WHERE id = ?", [note.id])
    return db, issue_id, (fix, note, gone)


def test_plain_listing(tmp_path, samples, capsys):
    lib = tmp_path / "lib.sqlite"
    db, issue_id, (fix, note, gone) = _library_with_notes(lib, samples)
    code, out, _ = _run(capsys, lib, "annotations", SAMPLE)
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    assert "[ocr_error] «安全生产» → «安全生严»" in lines[0]
    assert (
        "[note] «会议指出»" in lines[1] and "第一行↵第二行" in lines[1] and "(orphaned)" in lines[1]
    )
    code, out, _ = _run(capsys, lib, "annotations", str(issue_id), "--orphans")
    assert out.count("\n") == 1 and "会议指出" in out
    code, out, _ = _run(capsys, lib, "annotations", "--include-deleted")
    assert "删掉的" in out and "(deleted)" in out


def test_json_export_is_valid_w3c(tmp_path, samples, capsys, w3c_failures):
    lib = tmp_path / "lib.sqlite"
    _, _, (fix, note, gone) = _library_with_notes(lib, samples)
    code, out, _ = _run(capsys, lib, "annotations", SAMPLE, "--json")
    items = json.loads(out)
    assert code == 0 and {i["id"] for i in items} == {fix.id, note.id}
    assert all(w3c_failures(item) == [] for item in items)
    code, out, _ = _run(capsys, lib, "annotations", "--json", "--include-deleted")
    items = json.loads(out)
    assert {i["id"] for i in items} == {fix.id, note.id, gone.id}
    assert all(w3c_failures(item) == [] for item in items)


def test_import_prints_a_summary_and_changes_nothing_twice(tmp_path, samples, capsys):
    source = tmp_path / "source.sqlite"
    _library_with_notes(source, samples)
    _, out, _ = _run(capsys, source, "annotations", "--json", "--include-deleted")
    exported = tmp_path / "notes.json"
    exported.write_text(out, encoding="utf-8")

    target = tmp_path / "target.sqlite"
    db = open_library(target)
    import_paths(db, [samples / SAMPLE])
    code, out, _ = _run(capsys, target, "annotations", "--import", str(exported))
    assert code == 0
    assert out.splitlines()[0] == (
        "added 2, updated 0, unchanged 0, deleted 1, orphaned 0, unknown issue 0, invalid 0"
    )
    assert len(list_annotations(db)) == 2
    code, out, _ = _run(capsys, target, "annotations", "--import", str(exported), "--json")
    assert code == 0 and json.loads(out)["unchanged"] == 3 and json.loads(out)["added"] == 0


def test_import_into_a_library_without_the_issue(tmp_path, samples, capsys):
    source = tmp_path / "source.sqlite"
    _library_with_notes(source, samples)
    _, out, _ = _run(capsys, source, "annotations", "--json")
    exported = tmp_path / "notes.json"
    exported.write_text(json.dumps({"type": "AnnotationPage", "items": json.loads(out)}))
    code, out, _ = _run(capsys, tmp_path / "empty.sqlite", "annotations", "--import", str(exported))
    assert code == 0 and "unknown issue 2" in out and "kept until that issue is imported" in out


def test_bad_input_is_a_clear_message(tmp_path, samples, capsys):
    lib = tmp_path / "lib.sqlite"
    _library_with_notes(lib, samples)
    code, _, err = _run(capsys, lib, "annotations", "nope.txt")
    assert code == 1 and "nope.txt" in err
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    code, _, err = _run(capsys, lib, "annotations", "--import", str(broken))
    assert code == 1 and "not readable as JSON" in err
    code, _, err = _run(capsys, lib, "annotations", "--import", str(tmp_path / "missing.json"))
    assert code == 1 and "missing.json" in err
    code, _, err = _run(capsys, lib, "annotations", SAMPLE, "--import", str(broken))
    assert code == 1 and "either" in err
    invalid = tmp_path / "invalid.json"
    invalid.write_text(json.dumps([{"id": "urn:uuid:x", "type": "Annotation"}]))
    code, out, _ = _run(capsys, lib, "annotations", "--import", str(invalid))
    assert code == 1 and "invalid 1" in out and "urn:uuid:x" in out
