"""Notes are Markdown; this renders them to HTML that is safe to show and to export.

A note is typed by a person but may also arrive in W3C JSON from another
library, so it is not trusted: raw HTML in it is shown as text (never
interpreted), images are replaced by their alt text (a note must not fetch
anything from the network when it is shown), and links keep only web and
mail addresses (no `javascript:` or `file:` links). This is done inside
python-markdown with an extension, rather than by escaping `<` beforehand,
so `> quotes` and `` `code <b>` `` still render as a person expects.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

SAFE_SCHEMES = ("http://", "https://", "mailto:")


class _SafeTree(Treeprocessor):
    """Images become their alt text; links to anything but the web or mail lose their target."""

    def run(self, root: ET.Element) -> None:
        for parent in root.iter():
            for child in list(parent):
                if child.tag == "img":
                    _replace_image(parent, child)
                elif child.tag == "a" and not _safe_link(child.get("href", "")):
                    child.attrib.pop("href", None)


def _safe_link(href: str) -> bool:
    return href.strip().lower().startswith(SAFE_SCHEMES)


def _replace_image(parent: ET.Element, image: ET.Element) -> None:
    """Put `[alt]` where the image was, keeping the text that followed it."""
    text = f"[{image.get('alt', '')}]" + (image.tail or "")
    index = list(parent).index(image)
    if index == 0:
        parent.text = (parent.text or "") + text
    else:
        previous = parent[index - 1]
        previous.tail = (previous.tail or "") + text
    parent.remove(image)


class SafeNotes(Extension):
    """Raw HTML is escaped, images are dropped, links are limited to safe schemes."""

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (markdown's API)
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.treeprocessors.register(_SafeTree(md), "safe_notes", 0)


def note_html(note: str | None) -> str:
    """A note rendered to HTML ("" for no note). Line breaks inside a paragraph are kept."""
    if not note or not note.strip():
        return ""
    renderer = markdown.Markdown(extensions=[SafeNotes(), "nl2br", "sane_lists"])
    return renderer.convert(note)


_TAG = re.compile(r"<[^>]+>")


def note_plain(note: str | None) -> str:
    """A note as plain text (its Markdown marks gone), for one-line summaries in lists."""
    rendered = note_html(note).replace("<br />", "\n")
    lines = (html.unescape(_TAG.sub("", line)).strip() for line in rendered.split("\n"))
    return "\n".join(line for line in lines if line)
