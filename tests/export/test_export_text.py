"""The corrected text: corrections made, confirmed copies gone, confirmed breaks and runs joined."""

from __future__ import annotations

import io

from export_helpers import annotate, paragraph

from reader.annotate.model import OCR_ERROR, Annotation
from reader.db.annotations import create_annotation
from reader.db.articles import ParagraphRow
from reader.db.flags import CONFIRMED, FlagRow
from reader.db.issues import issue_text
from reader.export.corrected_text import corrected_article
from reader.export.run import TEXT, export
from reader.export.scope import Scope

LIBRARY = Scope()


def _text(db, scope: Scope = LIBRARY) -> str:
    out = io.StringIO()
    report = export(db, scope, TEXT, out)
    _text.skipped = report.skipped_corrections  # type: ignore[attr-defined]
    return out.getvalue()


def _stored(db) -> dict[int, str]:
    return {i: issue_text(db, i) for (i,) in db.execute("SELECT id FROM issues").fetchall()}


def test_corrections_are_made_and_the_stored_text_is_unchanged(library, built):
    before = _stored(library)
    text = _text(library)
    assert "肉禽蛋菜" in text and "肉肉蛋菜" not in text
    assert _stored(library) == before  # the source is never changed
    assert "肉肉蛋菜" in paragraph(library, built.issue_003, 62)[1]


def test_a_confirmed_break_is_joined_and_a_deletion_applied_inside_the_join(library, built):
    text = _text(library)
    fifth, sixth = (paragraph(library, built.issue_003, n)[1] for n in (31, 32))
    joined = fifth + sixth.replace("去年", "", 1)
    assert joined in text.split("\n\n")
    assert fifth not in text.split("\n\n")


def test_a_confirmed_duplicate_is_removed_a_dismissed_one_kept(library, built):
    text = _text(library)
    copy = paragraph(library, built.issue_003, 33)[1]
    blocks = text.split("\n\n")
    assert blocks.count(copy) == 4  # ¶7 removed; ¶8 (dismissed) and ¶9-¶11 (open) stay
    assert "现场大会" not in text  # its correction was in the removed copy: skipped
    assert _text.skipped == 1  # type: ignore[attr-defined]


def test_a_confirmed_column_run_becomes_one_paragraph(library, built):
    text = _text(library, Scope.issues([built.issue_004]))
    lines = [paragraph(library, built.issue_004, n)[1].strip() for n in range(58, 97)]
    assert "".join(lines) in text.split("\n\n")
    assert text.startswith("# 焦作日报 · 2022-12-06 · 第2版\n\n")


def test_headings_stay_as_the_source_had_them(library, built):
    text = _text(library, Scope.issues([built.issue_003]))
    blocks = text.split("\n\n")
    assert blocks[:3] == [
        "# 焦作日报 · 2023-01-05 · 第3版",
        "# 「解放元素」闪亮市政府工作报告",
        paragraph(library, built.issue_003, 1)[1],
    ]
    assert "## 元素一 促进传统消费回暖" in blocks
    assert "# 厚植教育沃土 打造教育强区" in blocks and "## ——解放区2022年教育工作综述" in blocks


def test_a_correction_in_a_heading_and_across_a_join(library, built):
    annotate(library, built.issue_003, 27, "厚植", OCR_ERROR, correction="深植")
    (pid5, fifth), (pid6, _sixth) = (paragraph(library, built.issue_003, n) for n in (31, 32))
    create_annotation(library, built.issue_003, (pid5, len(fifth) - 2), (pid6, 1), OCR_ERROR,
                      correction="万元")  # fmt: skip
    text = _text(library, Scope.issues([built.issue_003]))
    assert "# 深植教育沃土 打造教育强区" in text.split("\n\n")
    assert fifth[:-2] + "万元" + "实施的解放区教育信息化2.0" in text


def _p(pid: int, position: int, text: str) -> ParagraphRow:
    return ParagraphRow(pid, position, text, "body", 0, len(text))


def _correction(ident: str, pid: int, start: int, end: int, text: str) -> Annotation:
    return Annotation(
        ident, 1, "0" * 64, 1, pid, start, pid, end, None, None, "甲", "", "",
        OCR_ERROR, text, None, None, False, "t", "t", None,
    )  # fmt: skip


def test_corrected_article_skips_what_the_clean_reading_dropped():
    paragraphs = [_p(1, 0, "甲乙丙丁"), _p(2, 1, "甲乙丙丁")]
    copy = FlagRow(1, 1, "duplicate", CONFIRMED, 2, "甲乙丙丁", [(1, "甲乙丙丁")],
                   {"of": 0, "relation": "identical", "start": [1, 0], "end": [1, 4]})  # fmt: skip
    kept = _correction("kept", 1, 0, 1, "")
    dropped = _correction("dropped", 2, 0, 1, "")
    result = corrected_article(paragraphs, [copy], [kept, dropped])
    assert result.text == "乙丙丁"
    assert [c.annotation_id for c in result.skipped] == ["dropped"]
