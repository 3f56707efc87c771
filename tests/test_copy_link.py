"""In a real browser, with the strict Content Security Policy the site will ship: copy-link
buttons put the right absolute permalink on the clipboard and say so, with or without the
async Clipboard API; without JavaScript the anchors are plain links; the guide steps through
its questions with JavaScript and is a page of linked questions without it."""

from __future__ import annotations

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from checks.server import QuietHandler
from conftest import http_server

BASE_URL = "https://http-status-codes.netlify.app/"
# No inline script or style, nothing from another origin: a violation is a console error.
CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'"


class Handler(QuietHandler):
    def end_headers(self):
        self.send_header("Content-Security-Policy", CSP)
        super().end_headers()


@pytest.fixture(scope="module")
def server(site):
    """The built site over http://127.0.0.1 (the Clipboard API needs a secure context)."""
    with http_server(site, Handler) as url:
        yield url


@pytest.fixture
def context(browser, server):
    context = browser.new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.rstrip("/"))
    yield context
    context.close()


def open_page(context, url):
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(url)
    return page, errors


def clipboard(context, server) -> str:
    """Read the clipboard from a fresh page, so the page under test cannot fake it."""
    reader = context.new_page()
    reader.goto(server + "api/")
    text = reader.evaluate("navigator.clipboard.readText()")
    reader.close()
    return text


@pytest.mark.parametrize(
    "path, button, permalink",
    [
        ("404/", "#when-to-use-it .copy-link", "404/#when-to-use-it"),
        ("404/", "#specification .copy-link", "404/#specification"),
        ("404/", ".meta .copy-link", "404/"),
        ("compare/401-vs-403/", "#differences .copy-link", "compare/401-vs-403/#differences"),
        ("guide/", "#start .copy-link", "guide/#start"),
    ],
    ids=["markdown heading", "template heading", "code", "comparison heading", "guide question"],
)
def test_a_copy_link_button_puts_the_absolute_permalink_on_the_clipboard(context, server, path, button, permalink):
    page, errors = open_page(context, server + path)
    page.evaluate("navigator.clipboard.writeText('nothing yet')")
    page.locator(button).click()
    status = page.locator(".copy-status")
    status.filter(has_text="Link copied").wait_for()
    assert status.get_attribute("aria-live") == "polite" and status.get_attribute("role") == "status"
    assert clipboard(context, server) == BASE_URL + permalink
    assert errors == []


def test_every_heading_anchor_and_the_code_get_a_labelled_button(context, server):
    page, errors = open_page(context, server + "429/")
    anchors = page.locator("a.anchor").count()
    assert anchors >= 8
    assert page.locator(":is(h2, h3) .copy-link").count() == anchors
    labels = page.locator(".copy-link").evaluate_all("buttons => buttons.map(b => b.getAttribute('aria-label'))")
    assert "Copy link to section: When to use it" in labels and "Copy link to 429 Too Many Requests" in labels
    assert errors == []


def test_without_the_clipboard_api_the_button_still_copies(context, server):
    page = context.new_page()
    page.add_init_script("Object.defineProperty(Navigator.prototype, 'clipboard', {get: () => undefined})")
    page.goto(server + "503/")
    assert page.evaluate("navigator.clipboard") is None
    page.locator("#what-clients-do .copy-link").click()
    page.locator(".copy-status").filter(has_text="Link copied").wait_for()
    assert clipboard(context, server) == BASE_URL + "503/#what-clients-do"


def test_without_javascript_anchors_are_plain_links_and_there_are_no_buttons(browser, server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server + "404/")
    assert page.locator("#when-to-use-it a.anchor").get_attribute("href") == "#when-to-use-it"
    assert page.locator(".copy-link").count() == 0
    context.close()


VISIBLE = "[...document.querySelectorAll('.question h2')].filter(h => h.offsetParent !== null).map(h => h.id)"


def visible_questions(page) -> list[str]:
    return page.evaluate(VISIBLE)


def shows(page, expected: list[str]) -> None:
    """The guide shows exactly `expected`, once its hashchange handler has run (a click on a
    fragment link fires it after the click returns, which a loaded machine makes visible)."""
    try:
        page.wait_for_function(f"ids => JSON.stringify({VISIBLE}) === JSON.stringify(ids)", arg=expected, timeout=5000)
    except PlaywrightTimeout:
        pass
    assert visible_questions(page) == expected


def test_without_javascript_the_guide_is_linked_questions(browser, server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server + "guide/")
    every = page.locator(".question h2").evaluate_all("headings => headings.map(h => h.id)")
    assert visible_questions(page) == every and len(every) >= 8
    page.get_by_role("link", name="Something is wrong with the request").click()
    assert page.url.endswith("#client-error")
    assert abs(page.locator("#client-error").evaluate("heading => heading.getBoundingClientRect().top")) < 5
    context.close()


def test_with_javascript_the_guide_shows_one_question_at_a_time(context, server):
    page, errors = open_page(context, server + "guide/")
    shows(page, ["start"])
    page.get_by_role("link", name="The resource, or the result, is at another URL.").click()
    shows(page, ["redirect"])
    page.get_by_role("link", name="Yes, for good").click()
    shows(page, ["redirect-permanent"])
    assert page.locator("#redirect-permanent-308").is_visible()
    page.go_back()
    shows(page, ["redirect"])
    page.locator("section[aria-labelledby=redirect]").get_by_role("link", name="Start again").click()
    shows(page, ["start"])
    page.get_by_role("button", name="Show all questions").click()
    assert len(visible_questions(page)) >= 8
    assert errors == []


def test_a_code_page_link_into_the_guide_opens_at_its_answer(context, server):
    page, errors = open_page(context, server + "401/")
    page.locator("#guide + dd a").first.click()
    assert page.url.endswith("guide/#client-error-401")
    shows(page, ["client-error"])
    assert page.locator("#client-error-401").is_visible()
    assert errors == []


def test_a_copy_code_button_puts_the_snippet_exactly_as_shown_on_the_clipboard(context, server):
    from conftest import ROOT

    page, errors = open_page(context, server + "404/")
    page.locator("#send-flask summary").click()
    button = page.locator("#send-flask .copy-code")
    assert button.inner_text().strip() == "Copy Flask code"
    button.click()
    page.locator(".copy-status").filter(has_text="Flask code copied").wait_for()
    assert clipboard(context, server) == (ROOT / "content/snippets/flask/404.py").read_text(encoding="utf-8")
    assert errors == []
