"""Building the export tests' library: the samples with metadata, annotations, flags, tags.

Everything a person could have done is here once: annotations in every
category (a correction, a deletion, a note with Markdown and hostile HTML, a
deleted one), flags confirmed, dismissed and left open, tags, statuses. The
times people's edits carry are fixed afterwards with SQL, so the expected
files in tests/export/expected/ stay byte for byte the same run after run.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reader.annotate.model import IMPORTANT, NOTE, OCR_ERROR, QUESTION, Annotation
from reader.db.annotations import create_annotation, delete_annotation, list_annotations
from reader.db.article_edits import set_status
from reader.db.flags import CONFIRMED, DISMISSED, set_state
from reader.db.issues import update_issue
from reader.importer.run import import_paths

EXPECTED = Path(__file__).resolve().parent / "expected"
ISSUE_003 = "003_de8a6e769b4f48b7.txt"
ISSUE_004 = "004_9cf174746abdde8c.txt"

HOSTILE_NOTE = (
    "**核对**会议名称，见[来源](https://example.com/source)。\n"
    "\n"
    "- 第一点\n"
    "- 第二点\n"
    "\n"
    "<script>alert(1)</script>\n"
    "<img src=http://example.com/x.png>\n"
    "![x](http://example.com/y.png)"
)


@dataclass(frozen=True)
class Built:
    """Ids the tests look things up by."""

    issue_003: int
    issue_004: int
    flags: dict[str, int]  # name → flag id
    annotations: dict[str, str]  # name → annotation id


def import_samples(db, samples: Path, names: tuple[str, ...] = (ISSUE_003, ISSUE_004)) -> dict:
    summary = import_paths(db, [samples / name for name in names])
    assert not summary.failed
    return {Path(r.path).name: r.issue_id for r in summary.results}


def describe_issues(db, ids: dict[str, int]) -> None:
    """Publication, date and page, as front matter would have given them."""
    if ISSUE_003 in ids:
        update_issue(db, ids[ISSUE_003], publication="焦作日报", date="2023-01-05", page="第3版")
    if ISSUE_004 in ids:
        update_issue(db, ids[ISSUE_004], publication="焦作日报", date="2022-12-06", page="第2版")


def paragraph(db, issue_id: int, position: int) -> tuple[int, str]:
    row = db.execute(
        "SELECT id, text FROM paragraphs WHERE issue_id = ? AND position = ?", [issue_id, position]
    ).fetchone()
    return row[0], row[1]


def annotate(db, issue_id: int, position: int, quote: str, category: str, **fields) -> Annotation:
    """An annotation over the first `quote` in the paragraph at `position`."""
    pid, text = paragraph(db, issue_id, position)
    start = text.index(quote)
    return create_annotation(
        db, issue_id, (pid, start), (pid, start + len(quote)), category, **fields
    )


def flag_id(db, issue_id: int, kind: str, position: int) -> int:
    row = db.execute(
        "SELECT f.id FROM flags f JOIN paragraphs p ON p.id = f.paragraph_id"
        " WHERE f.issue_id = ? AND f.kind = ? AND p.position = ? ORDER BY f.id",
        [issue_id, kind, position],
    ).fetchone()
    assert row, f"no {kind} flag at {position}"
    return row[0]


def article_id(db, issue_id: int, title_start: str) -> int:
    row = db.execute(
        "SELECT id FROM articles WHERE issue_id = ? AND title LIKE ?", [issue_id, title_start + "%"]
    ).fetchone()
    return row[0]


def review_flags(db, i003: int, i004: int) -> dict[str, int]:
    flags = {
        "broken": flag_id(db, i003, "broken", 31),  # 教育: ¶5 joins ¶6
        "copy": flag_id(db, i003, "duplicate", 33),  # 教育 ¶7 repeats ¶6
        "copy_kept": flag_id(db, i003, "duplicate", 34),
        "doubled": flag_id(db, i003, "doubled", 62),  # 商贸: 肉肉
        "furniture": flag_id(db, i003, "furniture", 64),
        "column_run": flag_id(db, i004, "column_run", 58),
        "column_furniture": flag_id(db, i004, "furniture", 50),
    }
    for name in ("broken", "copy", "doubled", "column_run"):
        set_state(db, flags[name], CONFIRMED)
    for name in ("copy_kept", "furniture", "column_furniture"):
        set_state(db, flags[name], DISMISSED)
    return flags


def annotate_all(db, i003: int, i004: int) -> dict[str, str]:
    made = {
        "meeting": annotate(db, i003, 1, "焦作市第十四届人民代表大会", NOTE, note=HOSTILE_NOTE),
        "important": annotate(db, i003, 2, "解放元素", IMPORTANT, color="#ffcc00"),
        "deletion": annotate(db, i003, 32, "去年", OCR_ERROR, correction=""),
        "dropped": annotate(db, i003, 33, "现场会", OCR_ERROR, correction="现场大会"),
        "doubled": annotate(db, i003, 62, "肉肉", OCR_ERROR, correction="肉禽"),
        "question": annotate(db, i004, 1, "12月5日", QUESTION, note="日期是否为*12月6日*？"),
        "gone": annotate(db, i004, 2, "安全生产", IMPORTANT),
    }
    delete_annotation(db, made["gone"].id)
    return {name: annotation.id for name, annotation in made.items()}


def fix_times(db) -> None:
    """Give every annotation fixed times, in text order, so exports are stable."""
    ordered = list_annotations(db, include_deleted=True)
    with db.atomic():
        for n, annotation in enumerate(sorted(ordered, key=lambda a: (a.issue_id, a.text_start))):
            created = f"2023-02-{n + 1:02d}T09:00:00Z"
            modified = f"2023-02-{n + 1:02d}T10:30:00Z"
            deleted = modified if annotation.is_deleted else None
            db.execute(
                "UPDATE annotations SET created = ?, modified = ?, deleted = ? WHERE id = ?",
                [created, modified, deleted, annotation.id],
            )


def tag_articles(db, i003: int, i004: int) -> None:
    tagged = {
        "地点/解放区": [article_id(db, i003, "「解放元素」"), article_id(db, i003, "解放区商贸")],
        "商贸": [article_id(db, i003, "解放区商贸")],
        "安全": [article_id(db, i004, "示范区召开冲刺")],
    }
    with db.atomic():
        for name, articles in tagged.items():
            tag = db.execute("INSERT INTO tags (name) VALUES (?)", [name]).lastrowid
            for article in articles:
                db.execute("INSERT INTO article_tags VALUES (?, ?)", [article, tag])


def set_statuses(db, i003: int, i004: int) -> None:
    set_status(db, article_id(db, i003, "「解放元素」"), "proofread")
    set_status(db, article_id(db, i003, "厚植教育"), "problematic")
    set_status(db, article_id(db, i003, "解放区商贸"), "validated")


def build(db, samples: Path) -> Built:
    ids = import_samples(db, samples)
    describe_issues(db, ids)
    i003, i004 = ids[ISSUE_003], ids[ISSUE_004]
    flags = review_flags(db, i003, i004)
    annotations = annotate_all(db, i003, i004)
    fix_times(db)
    tag_articles(db, i003, i004)
    set_statuses(db, i003, i004)
    return Built(i003, i004, flags, annotations)
