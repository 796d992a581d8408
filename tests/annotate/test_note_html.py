"""Notes render as Markdown, and nothing in a note can run, load or link anywhere unsafe."""

from __future__ import annotations

from reader.text.note_html import note_html, note_plain


def test_markdown_renders():
    html = note_html("**重要** 见 *第二版*\n\n> 原文如此\n\n- 一\n- 二")
    assert "<strong>重要</strong>" in html and "<em>第二版</em>" in html
    assert "<blockquote>" in html and html.count("<li>") == 2


def test_line_breaks_inside_a_paragraph_are_kept():
    assert note_html("第一行\n第二行") == "<p>第一行<br />\n第二行</p>"


def test_raw_html_is_shown_as_text():
    html = note_html('<script>alert(1)</script> <b onclick="x()">粗</b>\n\n<div>块</div>')
    assert "<script" not in html and "<b " not in html and "<div" not in html
    assert "&lt;script&gt;" in html and "&lt;div&gt;" in html


def test_images_become_their_alt_text_and_unsafe_links_lose_their_target():
    html = note_html(
        "看 ![照片](http://example.com/x.png) 后 [坏](javascript:alert(1)) [好](https://a.cn)"
    )
    assert "<img" not in html and "[照片] 后" in html
    assert "javascript" not in html and '<a href="https://a.cn">好</a>' in html


def test_no_note_renders_nothing():
    assert note_html(None) == note_html("  \n") == ""


def test_plain_text_of_a_note_drops_the_marks_but_keeps_raw_html_as_text():
    plain = note_plain("**核实**：与*第二版*一致\n\n- 见 1 月 6 日")
    assert plain == "核实：与第二版一致\n见 1 月 6 日"
    assert note_plain("a <b>c</b> & d") == "a <b>c</b> & d"
