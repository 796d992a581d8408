"""Hashed 8-character n-grams in numpy, for the in-issue and cross-issue repeat search.

A repeated span of normalised text shows up as a run of equal n-gram hashes on
one diagonal (same distance between the two copies). Hashing must cost almost
nothing per character, since a library holds hundreds of millions of them, and
numpy calls are the unit of cost: each one is several microseconds on the
project's machines whatever the array size.

So the text is encoded as 16-bit units and read through an overlapping
uint64 view: element i *is* characters i..i+3, packed, at no cost. Two views
four apart, a multiply-add and a multiply give a well-mixed 64-bit hash of
characters i..i+7 — three array operations for the whole issue. Characters
beyond the Basic Multilingual Plane (rare ideographs) are folded into 16 bits
first; two such characters may then hash alike, which the verification of
every match (string comparison) catches.
"""

from __future__ import annotations

import numpy as np

GRAM = 8
_P1 = np.uint64(0x9E3779B97F4A7C15)
_P2 = np.uint64(0xBF58476D1CE4E5B9)


def units16(text: str) -> bytes:
    """One little-endian 16-bit unit per character of `text`."""
    data = text.encode("utf-16-le")
    if len(data) == 2 * len(text):  # no surrogate pairs: all in the BMP
        return data
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    astral = codes > 0xFFFF
    folded = np.where(astral, (codes ^ (codes >> np.uint32(7))) | np.uint32(0xE000), codes)
    return (folded & np.uint32(0xFFFF)).astype("<u2").tobytes()


def hash8(text: str) -> np.ndarray:
    """64-bit hash of every 8-character n-gram of `text` (length len(text) - 7)."""
    data = units16(text)
    count = len(data) // 2 - GRAM + 1
    if count <= 0:
        return np.empty(0, dtype=np.uint64)
    quads = np.ndarray(shape=(count + 4,), dtype="<u8", buffer=data, strides=(2,))
    return (quads[:-4] * _P1 + quads[4:]) * _P2
