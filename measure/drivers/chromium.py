"""Driver for Debian's Chromium through Playwright: a page's fetch(), and top-level navigation
(GET by page.goto, POST by submitting a form). One browser runs every scenario; each scenario
gets a fresh context. Usage: python chromium.py PLAN.json fetch|navigation"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from common import Call, Result, emit, error_text, load_plan

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the project root: one launcher's flags for tests, gates and drivers
from checks.tools import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

FETCH = """async ([c, timeout]) => {
  let url = c.url;
  if (c.auth) url = url.replace("http://", `http://${c.auth[0]}:${c.auth[1]}@`);
  const body = c.body_size ? "x".repeat(c.body_size) : c.body;
  try {
    const r = await fetch(url, {method: c.method, headers: c.headers, body: body === null ? undefined : body,
                                signal: AbortSignal.timeout(timeout * 1000)});
    const headers = [...r.headers].slice(0, 30).map(([n, v]) => [n, v.slice(0, 200)]);
    return {status: r.status, reason: r.statusText, body: (await r.text()).slice(0, 64), headers};
  } catch (e) { return {error: `${e.name}: ${e.message}`}; }
}"""
FORM = """([url, body, size]) => {
  const form = document.createElement("form");
  form.method = "POST"; form.action = url;
  const input = document.createElement("input");
  input.name = size ? "data" : body.split("=")[0]; input.value = size ? "x".repeat(size) : body.split("=")[1];
  form.append(input); document.body.append(form); form.submit();
}"""


def navigate(page: Any, c: Call, timeout: float) -> Result:
    if c["method"] == "GET":
        response = page.goto(c["url"], timeout=timeout * 1000)
    else:
        with page.expect_navigation(timeout=timeout * 1000) as navigation:
            page.evaluate(FORM, [c["url"], c["body"] or "", c["body_size"]])
        response = navigation.value
    if response is None:
        return {"error": "NoResponse: the navigation gave no response"}
    try:
        body = response.body()[:64].decode("latin-1")
    except Exception:
        body = None
    # A navigation hands the page no response header fields (no script API reads them; Playwright
    # sees them through the DevTools protocol, which is the harness, not the browser's caller).
    return {"status": response.status, "reason": response.status_text, "body": body, "headers": None}


def main() -> None:
    from playwright.sync_api import sync_playwright

    plan, mode = load_plan(), sys.argv[2]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            emit({"version": f"Chromium {browser.version}"})
            for scenario in plan["scenarios"]:
                calls = scenario["calls"]
                if mode == "navigation" and any(not c["navigation"] or c["headers"] and c["method"] == "GET" for c in calls):
                    why = "a navigation is a GET or a form POST, with no header fields of the caller's own"
                    emit({"id": scenario["id"], "skipped": why})
                    continue
                auth = next((c["auth"] for c in calls if c["auth"]), None)
                context = browser.new_context(http_credentials={"username": auth[0], "password": auth[1]} if auth and mode == "navigation" else None)
                try:
                    page = context.new_page()
                    start = calls[0]["url"].split("/")[:3]
                    page.goto("/".join(start) + "/_blank")
                    results = []
                    for c in calls:
                        if c["delay"]:
                            page.wait_for_timeout(c["delay"] * 1000)
                        try:
                            if mode == "fetch":
                                results.append(page.evaluate(FETCH, [c, scenario["timeout"]]))
                            else:
                                if c["method"] != "GET":
                                    page.goto("/".join(start) + "/_blank")
                                results.append(navigate(page, c, scenario["timeout"]))
                        except Exception as error:
                            results.append({"error": error_text(error).splitlines()[0]})
                finally:
                    context.close()
                emit({"id": scenario["id"], "calls": results})
        finally:
            browser.close()


if __name__ == "__main__":
    main()
