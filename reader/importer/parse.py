"""Decoded text → issue: front matter, verbatim paragraphs, articles."""

from __future__ import annotations

from reader.importer.metadata import issue_meta, split_front_matter
from reader.importer.paragraphs import split_paragraphs
from reader.importer.segment import segment
from reader.model import ParsedIssue


def parse_issue(text: str, file_name: str, encoding: str = "utf-8") -> ParsedIssue:
    """Split one issue's decoded text; nothing of the text is dropped or changed."""
    head, fields = split_front_matter(text)
    paragraphs, tail = split_paragraphs(text, len(head))
    articles = segment(paragraphs)
    parsed = ParsedIssue(
        text=text,
        head=head,
        tail=tail,
        meta=issue_meta(fields, file_name),
        paragraphs=paragraphs,
        articles=articles,
        encoding=encoding,
    )
    if not parsed.paragraphs:
        raise ValueError("it has no text after the front matter")
    return parsed
