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
