"""Refresh the translation catalogues from the window's sources, then compile them.

    .venv/bin/python resources/translations/update.py          # lupdate + lrelease
    .venv/bin/python resources/translations/update.py --check  # fail if a string is untranslated

Runs `pyside6-lupdate` over reader/ui (new strings arrive marked unfinished;
translate them in Qt Linguist, `pyside6-linguist issue_reader_zh_CN.ts`, or
by editing the XML), then `pyside6-lrelease` to write the .qm files that
ship beside the .ts files.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGUAGES = ("zh_CN",)


def tool(name: str) -> str:
    beside_python = Path(sys.executable).parent / name
    found = str(beside_python) if beside_python.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (it comes with PySide6)")
    return found


def sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "reader" / "ui").glob("*.py"))


def catalogue(language: str) -> Path:
    return HERE / f"issue_reader_{language}.ts"


def unfinished(ts: Path) -> list[str]:
    """Source strings without a finished translation."""
    root = ET.parse(ts).getroot()
    return [
        message.findtext("source", "")
        for message in root.iter("message")
        if (message.find("translation") is None)
        or message.find("translation").get("type") in ("unfinished",)
        or not (message.findtext("translation") or "").strip()
    ]


def update(language: str) -> None:
    ts = catalogue(language)
    subprocess.run(
        [tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-ts", str(ts)], cwd=ROOT, check=True
    )
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
    )


def main(argv: list[str]) -> int:
    missing = 0
    for language in LANGUAGES:
        if "--check" not in argv:
            update(language)
        for text in unfinished(catalogue(language)):
            print(f"{language}: untranslated: {text!r}")
            missing += 1
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
