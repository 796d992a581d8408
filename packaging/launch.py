"""Entry script of the PyInstaller build (packaging/issue-reader.spec).

The frozen program is the same as the `issue-reader` command: no arguments
open the window, commands run the command line.
"""

from __future__ import annotations

from reader.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
