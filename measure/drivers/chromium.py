"""Driver for Debian's Chromium through Playwright: a page's fetch(), and top-level navigation
(GET by page.goto, POST by submitting a form, and a link or form a reader uses for the
browser-only scenarios). One browser runs every scenario; each scenario gets a fresh context.
Usage: python chromium.py PLAN.json fetch|navigation"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from browser_common import run_scenarios
from common import Result, emit

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the project root: one launcher's flags for tests, gates and drivers
from checks.tools import CHROMIUM, CHROMIUM_ARGS  # noqa: E402


def answer(response: Any) -> Result:
    if response is None:
        return {"error": "NoResponse: the navigation gave no response"}
    try:
        body = response.body()[:64].decode("latin-1")
    except Exception:
        body = None
    # A navigation hands the page no response header fields (no script API reads them; Playwright
    # sees them through the DevTools protocol, which is the harness, not the browser's caller).
    return {"status": response.status, "reason": response.status_text, "body": body, "headers": None}


class Playwright:
    """The engine adapter: a fresh browser context per scenario."""

    def __init__(self, browser: Any) -> None:
        self.browser, self.context, self.page = browser, None, None

    def scope(self, auth: list[str] | None) -> None:
        self.context = self.browser.new_context(http_credentials={"username": auth[0], "password": auth[1]} if auth else None)
        self.page = self.context.new_page()

    def end_scope(self) -> None:
        self.context.close()

    def load(self, url: str, timeout: float) -> Result:
        return answer(self.page.goto(url, timeout=timeout * 1000))

    def evaluate(self, expression: str) -> Any:
        return self.page.evaluate(expression)

    def submit(self, expression: str, timeout: float) -> Result:
        with self.page.expect_navigation(timeout=timeout * 1000) as navigation:
            self.page.evaluate(expression)
        return answer(navigation.value)


def main() -> None:
    from playwright.sync_api import sync_playwright

    mode = sys.argv[2]
    with sync_playwright() as playwright:
        try:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        except Exception as error:
            sys.exit(f"Chromium ({CHROMIUM}) did not start: {error}")
        try:
            emit({"version": f"Chromium {browser.version}"})
            run_scenarios(Playwright(browser), mode)
        finally:
            browser.close()


if __name__ == "__main__":
    main()
