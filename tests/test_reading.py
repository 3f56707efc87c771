"""Reading with a keyboard, a screen reader and a printer: what the quality gates led to."""

from __future__ import annotations

PHONE = {"width": 360, "height": 740}


HEADING_LINKS = """() => Array.from(document.querySelectorAll("h2 a.anchor, h3 a.anchor"), link => {
    const heading = link.closest("h2, h3").cloneNode(true);
    heading.querySelectorAll(".anchor").forEach(extra => extra.remove());
    return [link.getAttribute("aria-label"), "Link to this section: " + heading.textContent.trim()];
})"""


def test_heading_links_say_where_they_go(browser, site):
    page = browser.new_page()
    for path in ("404/index.html", "4xx/index.html", "guide/index.html", "api/index.html"):
        page.goto((site / path).as_uri())
        names = page.evaluate(HEADING_LINKS)
        assert names, f"{path}: no heading links"
        assert [given for given, _ in names] == [expected for _, expected in names], path
    page.goto((site / "404" / "index.html").as_uri())
    link = page.get_by_role("link", name="Link to this section: When to use it")
    assert link.get_attribute("href") == "#when-to-use-it" and link.inner_text() == "#"
    page.close()


def test_code_blocks_and_tables_that_scroll_on_a_phone_take_keyboard_focus(browser, site):
    page = browser.new_page(viewport=PHONE)
    page.goto((site / "308" / "index.html").as_uri())
    for selector in ("pre", "table"):
        blocks = page.locator(f".guide {selector}").all()
        scrolling = [block for block in blocks if block.evaluate("element => element.scrollWidth > element.clientWidth")]
        assert scrolling, f"no {selector} scrolls sideways at 360 px"
        assert all(block.evaluate("element => element.tabIndex") == 0 for block in blocks)
        page.keyboard.press("Tab")  # keyboard focus, so :focus-visible applies
        scrolling[0].focus()
        assert scrolling[0].evaluate("element => getComputedStyle(element).outlineStyle") == "solid"
    page.close()


def test_print_uses_light_colours_even_from_dark_mode(browser, site):
    page = browser.new_page(color_scheme="dark")
    page.goto((site / "404" / "index.html").as_uri())
    background = "element => getComputedStyle(element).backgroundColor"
    assert page.locator(".spec").evaluate(background) != "rgb(238, 243, 252)"  # dark on screen
    page.emulate_media(media="print")
    assert page.locator("body").evaluate(background) == "rgb(255, 255, 255)"
    assert page.locator(".spec").evaluate(background) == "rgb(238, 243, 252)"
    assert page.locator(".brand").evaluate("element => getComputedStyle(element).color") == "rgb(27, 31, 36)"  # light --fg
    page.close()


# Every heading "#" link and its copy button: each box, its line, and whether a visible one is too small.
HEADING_TOOLS = """() => Array.from(document.querySelectorAll("a.anchor"), link => {
    const button = link.parentElement.querySelector(".copy-link");
    const a = link.getBoundingClientRect(), b = button.getBoundingClientRect();
    const heading = link.closest("h2, h3"), text = document.createRange();
    text.setStart(heading, 0);
    text.setEndBefore(link);
    const words = Array.from(text.getClientRects()), last = words[words.length - 1];
    const middle = box => (box.top + box.bottom) / 2;
    return {id: heading.id, shown: a.height > 0 && !!last, link: [a.width, a.height], button: [b.width, b.height],
            sameLine: !!last && Math.abs(middle(a) - middle(b)) < 8 && Math.abs(middle(a) - middle(last)) < 8};
})"""


def test_heading_links_and_copy_buttons_are_big_enough_and_stay_with_the_heading_on_a_phone(browser, served, site):
    """At 360 px both are at least 24 x 24 CSS px, and on the line of the heading's last word,
    on every page (long vendor headings used to push the button onto a line of its own)."""
    page = browser.new_page(viewport=PHONE)
    problems, seen = [], 0
    for path in sorted(site.rglob("index.html")):
        page.goto(served + path.parent.relative_to(site).as_posix() + "/")
        for tool in page.evaluate(HEADING_TOOLS):
            if not tool["shown"]:
                continue  # a guide question hidden until it is reached
            seen += 1
            if min(*tool["link"], *tool["button"]) < 24 or not tool["sameLine"]:
                problems.append(f"{path.parent.name}#{tool['id']}: {tool}")
    page.close()
    assert seen > 500 and problems == []


def test_a_table_cut_off_on_a_phone_shows_that_it_scrolls(browser, served):
    """The 4-way comparison is wider than a phone: a shadow marks the edge that hides columns
    (background-attachment: local covers it once scrolled to that end)."""
    page = browser.new_page(viewport=PHONE)
    page.goto(served + "compare/500-vs-502-vs-503-vs-504/")
    table = page.locator("table").first
    assert table.evaluate("t => t.scrollWidth > t.clientWidth + 100")
    style = table.evaluate("t => { const s = getComputedStyle(t); return [s.backgroundImage, s.backgroundAttachment]; }")
    assert style[0].count("radial-gradient") == 2 and style[0].count("linear-gradient") == 2, style
    assert style[1] == "local, local, scroll, scroll", style
    page.close()


def test_library_names_wrap_only_between_their_words(browser, served):
    """At 360 px every name in the "In code" table of 502 breaks, if at all, after "." or "_",
    never inside a word (HTTP_STATUS_BAD_GATEW / AY)."""
    page = browser.new_page(viewport=PHONE)
    page.goto(served + "502/")
    pieces = page.evaluate("""() => Array.from(document.querySelectorAll("table.constants td code")).flatMap(code =>
        Array.from(code.childNodes).filter(node => node.nodeType === 3).map(node => {
            const range = document.createRange(); range.selectNodeContents(node);
            return [code.textContent, node.data, range.getClientRects().length];
        }))""")
    assert any(name == "http2.constants.HTTP_STATUS_BAD_GATEWAY" for name, _, _ in pieces)
    assert [piece for piece in pieces if piece[2] != 1] == []
    page.close()
