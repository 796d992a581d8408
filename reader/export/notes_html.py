"""Notes as one self-contained, printable HTML file, rendered from the Markdown notes.

The HTML is the Markdown notes (`notes_markdown`) rendered with
python-markdown chunk by chunk, so both always say the same. Nothing in it
loads anything: the CSS is embedded (print-friendly, a CJK serif stack, no
`url()` or `@import`), and everything from people or issue files goes
through `reader.text.note_html.SafeNotes`: raw HTML is shown as text, images
become their alt text, links keep only web and mail targets. A link is
followed only when clicked; no element fetches on its own, and a
Content-Security-Policy forbids any fetch should something slip through.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import TextIO

import markdown

from reader.export.collect import IssueBundle
from reader.export.labels import Labels
from reader.export.notes_markdown import notes_chunks
from reader.text.note_html import SafeNotes

FONTS = '"Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, serif'

CSS = f"""
@page {{ margin: 2cm 1.8cm; }}
html {{ background: #fff; color: #1b1b1b; }}
body {{ font-family: {FONTS}; font-size: 12pt; line-height: 1.75;
  max-width: 46em; margin: 2em auto; padding: 0 1em; }}
h1, h2, h3, h4, h5 {{ line-height: 1.35; break-after: avoid; page-break-after: avoid; }}
h1 {{ font-size: 1.7em; margin-bottom: .2em; }}
h2 {{ font-size: 1.4em; border-bottom: 2px solid #9b1c1c; padding-bottom: .1em; }}
h3 {{ font-size: 1.2em; border-bottom: 1px solid #bbb; }}
h4 {{ font-size: 1.1em; margin-top: 1.6em; }}
h5 {{ font-size: 1em; color: #9b1c1c; margin-bottom: .3em; }}
blockquote {{ margin: .4em 0; padding: .2em 1em; border-left: 4px solid #d8cba8;
  background: #faf7f0; break-inside: avoid; page-break-inside: avoid; }}
p, li {{ orphans: 3; widows: 3; }}
a {{ color: #1d4f91; }}
code, pre {{ font-family: "Noto Sans Mono CJK SC", "Sarasa Mono SC", monospace; font-size: .92em; }}
pre {{ white-space: pre-wrap; background: #f4f4f4; padding: .5em; }}
@media print {{
  body {{ margin: 0; max-width: none; padding: 0; }}
  blockquote, pre {{ background: none; }}
  a {{ color: inherit; text-decoration: none; }}
  a[href]::after {{ content: " <" attr(href) ">"; font-size: .85em; }}
}}
""".strip()

_HEAD = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<title>{title}</title>
<style>
{css}
</style>
</head>
<body>
"""


def renderer() -> markdown.Markdown:
    """python-markdown as notes are rendered everywhere: safe, line breaks kept."""
    return markdown.Markdown(extensions=[SafeNotes(), "nl2br", "sane_lists"])


def write_notes_html(
    bundles: Iterable[IssueBundle], out: TextIO, labels: Labels, scope: str
) -> None:
    lang = "zh-Hans" if labels.language.startswith("zh") else "en"
    title = html.escape(labels.text("notes_title"))
    out.write(_HEAD.format(lang=lang, title=title, css=CSS))
    md = renderer()
    for chunk in notes_chunks(bundles, labels, scope):
        out.write("<section>\n" + md.reset().convert(chunk) + "\n</section>\n")
    out.write("</body>\n</html>\n")
