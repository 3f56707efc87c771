"""Debian's Chromium driven by Playwright, which never downloads a browser of its own."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from .tools import CHROMIUM, CHROMIUM_ARGS


@contextmanager
def chromium() -> Iterator:
    """A headless Chromium (a Playwright Browser) for the length of the block."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()
