"""Annotations without storage or widgets: anchors, re-anchoring and W3C JSON.

Everything here is pure Python over plain values, so the re-anchoring that
keeps annotations alive across a re-import can be tested on strings, and the
W3C serialisation means the same thing in every library. SQL lives in
`reader.db.annotations`; the window only calls both.
"""
