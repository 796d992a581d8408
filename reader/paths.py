"""Where things live: the default library and the bundled resources."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "issue-reader"
LIBRARY_ENV = "ISSUE_READER_LIBRARY"


def default_library() -> Path:
    """`$ISSUE_READER_LIBRARY`, else `library.sqlite` in the platform's user data folder."""
    override = os.environ.get(LIBRARY_ENV)
    if override:
        return Path(override).expanduser()
    return user_data_path(APP_NAME, appauthor=False) / "library.sqlite"


def resources_dir() -> Path:
    """Bundled resources: inside the installed package, or beside it in a checkout."""
    package = Path(__file__).resolve().parent
    for candidate in (package / "resources", package.parent / "resources"):
        if (candidate / "samples").is_dir():
            return candidate
    raise FileNotFoundError("the bundled resources folder is missing from this installation")


def sample_issues() -> list[Path]:
    return sorted((resources_dir() / "samples").glob("*.txt"))
