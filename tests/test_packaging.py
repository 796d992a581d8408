"""What an installed or packaged Issue Reader carries, checked without network or PyInstaller.

The wheel must hold the run-time resources under reader/resources (pyproject's
[tool.setuptools] maps the top-level resources/ folder there) and every module of
every reader subpackage. The build runs on a copy of the checkout with the venv's
own setuptools: a real wheel when setuptools can make one (setuptools >= 70.1 or the
`wheel` package), else setuptools' build_py, which lays out the same files the wheel
zips. The desktop entry, the AppStream metadata and the icons are checked too.
"""

from __future__ import annotations

import configparser
import importlib.metadata
import importlib.util
import os
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from reader import __version__

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
LINUX = ROOT / "packaging" / "linux"
APP_ID = "io.github.issue_reader.IssueReader"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _can_build_wheels() -> bool:
    if importlib.util.find_spec("wheel") is not None:
        return True
    major, minor = (int(part) for part in importlib.metadata.version("setuptools").split(".")[:2])
    return (major, minor) >= (70, 1)  # bdist_wheel moved into setuptools


def _copy_checkout(target: Path) -> Path:
    """The files a build reads, so the build never writes build/ or *.egg-info here."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for folder in ("reader", "resources"):
        shutil.copytree(ROOT / folder, target / folder, ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, target / name)
    return target


def _run(args: list[str], cwd: Path) -> None:
    done = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, f"{' '.join(args)} failed:\n{done.stdout}\n{done.stderr}"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes | None]:
    """Paths (relative, `/`-separated) of what the wheel installs; wheel metadata included
    as `*.dist-info/…` when a real wheel was built."""
    if importlib.util.find_spec("setuptools") is None:
        pytest.skip("setuptools is not installed in this environment")
    work = tmp_path_factory.mktemp("build")
    source = _copy_checkout(work / "src")
    out = work / "out"
    if _can_build_wheels():
        pip = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-index"]
        _run([*pip, "--no-build-isolation", "-w", str(out), str(source)], cwd=work)
        (wheel,) = out.glob("*.whl")
        with zipfile.ZipFile(wheel) as archive:
            return {name: archive.read(name) for name in archive.namelist()}
    setup = [sys.executable, "-c", "from setuptools import setup; setup()"]
    _run([*setup, "--quiet", "build_py", "--build-lib", str(out)], cwd=source)
    return {path.relative_to(out).as_posix(): None for path in out.rglob("*") if path.is_file()}


def test_wheel_holds_the_runtime_resources(built: dict[str, bytes | None]) -> None:
    wanted = {
        "reader/py.typed",
        "reader/resources/translations/issue_reader_zh_CN.qm",
        "reader/resources/icons/issue-reader.svg",
        "reader/resources/icons/hicolor/scalable/apps/issue-reader.svg",
        "reader/resources/samples/expected.json",
    }
    wanted |= {f"reader/resources/icons/hicolor/{n}x{n}/apps/issue-reader.png" for n in ICON_SIZES}
    wanted |= {
        f"reader/resources/samples/{path.name}" for path in (RESOURCES / "samples").glob("*.txt")
    }
    assert wanted <= built.keys(), sorted(wanted - built.keys())


def test_wheel_leaves_out_sources_of_resources(built: dict[str, bytes | None]) -> None:
    extra = [
        name
        for name in built
        if name.startswith("reader/resources/") and name.endswith((".ts", ".py", ".pyc"))
    ]
    assert extra == []


def test_every_module_of_every_subpackage_is_in_the_wheel(
    built: dict[str, bytes | None],
) -> None:
    """A new reader/ subpackage must be added to [tool.setuptools] packages in pyproject."""
    modules = {
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "reader").rglob("*.py")
        if "__pycache__" not in path.parts
    }
    missing = sorted(modules - built.keys())
    assert missing == [], f"add their packages to [tool.setuptools] packages: {missing}"


def test_wheel_metadata_names_the_command(built: dict[str, bytes | None]) -> None:
    entry_points = [name for name in built if name.endswith(".dist-info/entry_points.txt")]
    if not entry_points:
        pytest.skip("build_py fallback: no wheel metadata (setuptools < 70.1 without `wheel`)")
    text = (built[entry_points[0]] or b"").decode()
    assert "issue-reader = reader.cli:main" in text


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n" and header[12:16] == b"IHDR", path
    return struct.unpack(">II", header[16:24])


def test_icons_are_rendered_at_every_size() -> None:
    hicolor = RESOURCES / "icons" / "hicolor"
    for size in ICON_SIZES:
        assert _png_size(hicolor / f"{size}x{size}" / "apps" / "issue-reader.png") == (size, size)
    # render_icons.py copies the SVG as it renders, so an edit without a re-render shows here.
    scalable = hicolor / "scalable" / "apps" / "issue-reader.svg"
    assert scalable.read_bytes() == (RESOURCES / "icons" / "issue-reader.svg").read_bytes(), (
        "run packaging/render_icons.py after editing resources/icons/issue-reader.svg"
    )


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_launches_the_command_with_the_icon() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "issue-reader"
    assert entry["Icon"] == "issue-reader"
    assert entry["Name"] == "Issue Reader"
    assert entry["Name[zh_CN]"] == "报刊校读"
    assert {"Office", "Viewer"} <= set(entry["Categories"].split(";"))


def test_command_line_accepts_the_files_the_desktop_entry_passes(samples: Path) -> None:
    from reader.cli import build_parser, split_files_to_open

    sample = str(next(samples.glob("*.txt")))
    parser = build_parser()
    argv, files = split_files_to_open(["--library", "x.sqlite", sample], parser)
    assert files == [Path(sample)]
    assert parser.parse_args(argv).command is None  # the window, which imports `files`


def _validate(tool: str, *args: str) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed")
    done = subprocess.run([tool, *args], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr


def test_desktop_entry_validates() -> None:
    _validate("desktop-file-validate", str(LINUX / f"{APP_ID}.desktop"))


def test_metainfo_matches_the_desktop_entry_and_the_version() -> None:
    component = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == f"{APP_ID}.desktop"
    assert component.findtext("provides/binary") == "issue-reader"
    assert component.findtext("metadata_license") == "CC0-1.0"
    assert component.findtext("project_license") == "MIT"
    versions = [release.get("version") for release in component.iter("release")]
    assert __version__ in versions
    for image in component.iter("image"):
        assert (ROOT / "docs" / Path(image.text or "").name).is_file(), image.text


def test_metainfo_validates() -> None:
    _validate("appstreamcli", "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml"))


def test_pyinstaller_build_files_are_in_place() -> None:
    spec = ROOT / "packaging" / "issue-reader.spec"
    compile(spec.read_text(encoding="utf-8"), str(spec), "exec")
    assert "launch.py" in spec.read_text(encoding="utf-8")
    assert (ROOT / "packaging" / "launch.py").is_file()
    assert os.access(ROOT / "packaging" / "smoke_test.sh", os.X_OK)


def test_smoke_quit_shows_the_window_in_chinese_and_exits(tmp_path: Path) -> None:
    """The hook packaging/smoke_test.sh drives, here on the checkout instead of a build."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        ISSUE_READER_LANGUAGE="zh_CN",
        ISSUE_READER_SMOKE_QUIT_MS="300",
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")])),
    )
    done = subprocess.run(
        [sys.executable, "-m", "reader", "--library", str(tmp_path / "library.sqlite")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "smoke: window shown=True" in done.stdout
    assert "报刊校读" in done.stdout  # the title comes from the zh_CN catalogue
