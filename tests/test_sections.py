"""The code page's body cut at its H2 headings and set in the reader's order (statussite/sections.py)."""

from __future__ import annotations

from statussite.markup import MarkdownRenderer
from statussite.sections import READER_ORDER, TemplatePart, arrange, split_sections


def rendered(markdown: str) -> str:
    return MarkdownRenderer().render(markdown, lambda path: path)


def test_a_body_is_cut_before_each_h2_and_nothing_is_lost():
    html = rendered("Intro.\n\n## When to use it\n\nText.\n\n### A detail\n\nMore.\n\n## `Retry-After` & you\n\nLast.\n")
    sections = split_sections(html)
    assert [item.anchor for item in sections] == ["", "when-to-use-it", "retry-after-you"]
    assert [item.title for item in sections] == ["", "When to use it", "Retry-After & you"]
    assert "".join(item.html for item in sections) == html
    assert "<h3" in sections[1].html and "A detail" in sections[1].html


def test_a_body_without_headings_is_one_part():
    (only,) = split_sections("<p>Only text.</p>")
    assert (only.anchor, only.html) == ("", "<p>Only text.</p>")
    assert split_sections("") == ()


def test_sections_follow_the_readers_order_whatever_the_authors():
    body = rendered(
        "## When to use it\n\na\n\n## Header fields\n\nb\n\n## Example\n\nc\n\n## History\n\nd\n\n"
        "## Got this response?\n\ne\n\n## Common causes\n\nf\n\n## What clients do\n\ng\n"
    )
    own = (TemplatePart("specification", "specification", "Specification"), TemplatePart("send", "send", "Send it"), TemplatePart("see-also"))
    layout = arrange(split_sections(body), own)
    keys = [part.key for part in layout.parts]
    assert keys == [
        "got-this-response",
        "common-causes",
        "when-to-use-it",
        "see-also",
        "example",
        "header-fields",
        "what-clients-do",
        "specification",
        "send",
        "history",
    ]
    assert keys == sorted(keys, key=READER_ORDER.index)
    # the contents list every part with a heading, in the same order, and not the headless see-also
    assert [item.anchor for item in layout.toc] == [key for key in keys if key != "see-also"]
    assert layout.toc[0].title == "Got this response?"
    assert all(part.html.startswith('<h2 id="' + part.key + '"') for part in layout.parts if part.html)


def test_an_unknown_section_stays_after_the_known_section_it_followed():
    body = rendered("Lead.\n\n## Aside\n\nx\n\n## Example\n\ny\n\n## Servers we tried\n\nz\n\n## Extra\n\nw\n\n## Got this response?\n\nv\n")
    layout = arrange(split_sections(body), (TemplatePart("data", "data", "As data"),))
    assert [part.key for part in layout.parts] == ["intro", "aside", "got-this-response", "example", "servers-we-tried", "extra", "data"]


def test_a_repeated_known_heading_is_kept_as_an_unknown_one():
    body = rendered("## Example\n\na\n\n## Example\n\nb\n\n## When to use it\n\nc\n")
    layout = arrange(split_sections(body), ())
    assert [part.key for part in layout.parts] == ["when-to-use-it", "example", "example_1"]
