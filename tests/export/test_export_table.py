"""Annotations as a CSV table: UTF-8 with BOM, one row per live annotation, notes kept whole."""

from __future__ import annotations

import csv
import io

from export_helpers import EXPECTED, HOSTILE_NOTE

from reader.export.labels import CSV_COLUMNS
from reader.export.run import CSV, export_to_path
from reader.export.scope import Scope


def _rows(path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_matches_the_expected_file(library, built, tmp_path):
    path = tmp_path / "annotations.csv"
    export_to_path(library, Scope(), CSV, path)
    assert path.read_bytes() == (EXPECTED / "annotations.csv").read_bytes()


def test_csv_is_utf8_with_bom_and_quotes_what_needs_it(library, built, tmp_path):
    path = tmp_path / "out.csv"
    export_to_path(library, Scope(), CSV, path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf" + ",".join(CSV_COLUMNS).encode() + b"\r\n")
    rows = _rows(path)
    assert len(rows) == 6  # the deleted annotation is not a row
    by_quote = {row["quote"]: row for row in rows}
    note = by_quote["焦作市第十四届人民代表大会"]["note"]
    assert note == HOSTILE_NOTE  # its line breaks stay inside the cell
    assert by_quote["肉肉"].items() >= {
        "publication": "焦作日报", "date": "2023-01-05", "page": "第3版",
        "issue": "003_de8a6e769b4f48b7.txt", "article": "解放区商贸消费迎来开门红",
        "paragraph": "8", "category": "OCR error", "correction": "肉禽",
        "tags": "商贸, 地点/解放区", "status": "validated",
        "created": "2023-02-05T09:00:00Z", "modified": "2023-02-05T10:30:00Z",
    }.items()  # fmt: skip
    assert by_quote["去年"]["correction"] == "(delete the quoted text)"
    assert by_quote["解放元素"]["correction"] == ""


def test_csv_cells_with_commas_and_quotes_read_back(library, built, tmp_path):
    library.execute(
        "UPDATE annotations SET note = ? WHERE id = ?",
        ['说 "对", 还是\n不对，', built.annotations["important"]],
    )
    path = tmp_path / "out.csv"
    export_to_path(library, Scope(), CSV, path)
    notes = [row["note"] for row in _rows(path)]
    assert '说 "对", 还是\n不对，' in notes


def test_chinese_table_has_chinese_headers_and_words(library, built, tmp_path):
    from reader.export.labels import labels_for

    path = tmp_path / "zh.csv"
    export_to_path(library, Scope(), CSV, path, labels=labels_for("zh_CN"))
    reader = csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline=""))
    header, *rows = list(reader)
    assert header[:4] == ["报刊", "日期", "版面", "期次文件"]
    assert {row[6] for row in rows} == {"识别错误", "备注", "重要", "存疑"}
    assert "已审定" in {row[11] for row in rows}
