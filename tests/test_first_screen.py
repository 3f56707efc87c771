"""Read as a reader would: someone arriving from a search engine on a phone gets the answer
(code, name, class, status and summary, and any former name) without scrolling."""

from __future__ import annotations

import json

import pytest

PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1440, "height": 900}


@pytest.fixture(scope="module")
def codes(site) -> list[dict]:
    return json.loads((site / "codes.json").read_text(encoding="utf-8"))["codes"]


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_every_code_page_answers_in_the_first_screen(browser, site, codes, viewport):
    page = browser.new_page(viewport=viewport)
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    late = []
    for record in codes:
        page.goto((site / str(record["code"]) / "index.html").as_uri())
        selectors = ["h1", ".meta", ".summary"] + ([".formerly"] if record["former_names"] else [])
        for selector in selectors:
            box = page.locator(selector).bounding_box()
            if box is None or box["y"] + box["height"] > viewport["height"]:
                late.append(f"{record['code']} {selector}")
        assert record["name"] in page.locator("h1").inner_text()
    page.close()
    assert late == [], "below the first screen: " + ", ".join(late)
    assert errors == []
