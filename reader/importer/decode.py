"""Bytes → text, or a clear reason why a file is not text.

Newspaper archives mix UTF-8, GB18030/GBK, Big5 and UTF-16. A BOM decides
when there is one; otherwise strict UTF-8 is tried first (it almost never
decodes non-UTF-8 by accident) and charset-normalizer chooses among the
Chinese legacy encodings. Every result is checked for sense afterwards,
because a legacy codec will happily "decode" a JPEG.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_LEGACY_CHINESE = ["gb18030", "big5"]
# Share of characters that may be control/private-use/unassigned before a
# decoding is judged to make no sense.
_MAX_NONSENSE = 0.01
_SAMPLE = 20_000
_CONTROL_OR_PRIVATE = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\U000f0000-\U0010ffff\ud800-\udfff]"
)


class NotText(ValueError):
    """The bytes are not a text file we can read; the message says why."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def decode(data: bytes) -> Decoded:
    """Decode an issue file's bytes, normalising line ends to `\\n`."""
    if not data:
        raise NotText("the file is empty")
    encoding, body = _detect(data)
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as err:
        raise NotText(
            f"it is not valid {encoding} text ({err.reason} at byte {err.start})"
        ) from err
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    _check_sense(text, legacy=encoding in _LEGACY_CHINESE)
    return Decoded(text, encoding)


def _detect(data: bytes) -> tuple[str, bytes]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, data[len(bom) :]
    if b"\x00" in data:
        raise NotText("it contains NUL bytes (a binary file, or UTF-16 without a byte-order mark)")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as err:
        if _mostly_utf8(data):
            raise NotText(f"it is UTF-8 with invalid bytes (first at byte {err.start})") from err
        return _guess_legacy(data), data
    return "utf-8", data


def _mostly_utf8(data: bytes) -> bool:
    """True for UTF-8 text with a few damaged bytes, which no legacy codec should "rescue".

    Legacy Chinese bytes decoded as UTF-8 give mostly replacement characters;
    real UTF-8 with a stray bad byte gives a handful among many good ones.
    """
    text = data.decode("utf-8", errors="replace")
    damaged = text.count("\ufffd")
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F) - damaged
    return multibyte >= 4 and damaged * 20 < multibyte


def _guess_legacy(data: bytes) -> str:
    best = from_bytes(data, cp_isolation=_LEGACY_CHINESE, explain=False).best()
    if best is None:
        raise NotText("its encoding could not be recognised (not UTF-8, GB18030, Big5 or UTF-16)")
    return codecs.lookup(best.encoding).name


def _check_sense(text: str, *, legacy: bool) -> None:
    """Refuse decodings full of control, private-use or unassigned characters.

    Control and private-use characters are counted over the whole text with a
    regular expression (fast on 100 MB). Unassigned code points, which need a
    per-character lookup, are looked for only in legacy decodings (valid UTF-8
    and UTF-16 seldom decode by accident) and on the first `_SAMPLE` characters.
    """
    if not text.strip():
        raise NotText("it contains only blank space")
    bad = len(_CONTROL_OR_PRIVATE.findall(text))
    if legacy:
        bad += sum(1 for ch in text[:_SAMPLE] if unicodedata.category(ch) == "Cn")
    if bad > max(2, len(text) * _MAX_NONSENSE):
        raise NotText(f"the decoded text makes no sense ({bad} control or unassigned characters)")
