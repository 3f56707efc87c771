"""What the Python-side browser drivers (Chromium, WebKit) share: the page scripts, the scenario
loop and how a call is made in each mode. An engine adapter only knows how to open a fresh scope,
load a URL, run a script and wait for a form's navigation; everything the page does is in
page_scripts.js, which the Firefox driver (firefox.mjs) runs too."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any, Protocol

from common import Call, Result, emit, error_text, load_plan

SCRIPTS_FILE = Path(__file__).with_name("page_scripts.js")
SKIP_NAVIGATION = "a navigation is a GET or a form POST, with no header fields of the caller's own"
POLL = 0.1  # seconds between two looks at a page that is still loading
SETTLE = 0.3  # seconds to wait before reading a loaded page's status again, when it had none yet


def page_scripts() -> dict[str, str]:
    """The `//# name` blocks of page_scripts.js, by name."""
    scripts: dict[str, str] = {}
    name = ""
    for row in SCRIPTS_FILE.read_text(encoding="utf-8").splitlines():
        if row.startswith("//# "):
            name = row[4:].strip()
            scripts[name] = ""
        elif name:
            scripts[name] += row + "\n"
    return {key: value.strip() for key, value in scripts.items()}


def invoke(script: str, argument: Any) -> str:
    """An expression that calls one page script with one JSON argument."""
    return f"({script})({json.dumps(argument)})"


class Engine(Protocol):
    def scope(self, auth: list[str] | None) -> None:
        """Start a scenario afresh (a new context, or cleared cookies), with these credentials."""

    def end_scope(self) -> None: ...

    def load(self, url: str, timeout: float) -> Result:
        """Navigate to `url`, wait for it to load; the status when the engine's automation reports one."""

    def evaluate(self, expression: str) -> Any: ...

    def submit(self, expression: str, timeout: float) -> Result:
        """Run `expression` (which submits a form) and wait for the navigation it starts."""


def skipped(mode: str, calls: list[Call]) -> str | None:
    if mode == "navigation" and any(not c["navigation"] or c["headers"] and c["method"] == "GET" for c in calls):
        return SKIP_NAVIGATION
    return None


def look(engine: Engine, scripts: dict[str, str], blank: str, c: Call, timeout: float) -> Result:
    """Act as a reader would (click a link, submit a form from a page they typed into), then report
    what the page shows once it has loaded, or after `look` seconds if nothing loads."""
    engine.load(blank, timeout)
    engine.evaluate(invoke(scripts["act"], [c["url"], c["method"], c["body"]]))
    deadline = time.monotonic() + c["look"]
    state: dict[str, Any] = {}
    while time.monotonic() < deadline:
        time.sleep(POLL)
        try:
            state = engine.evaluate(invoke(scripts["state"], None)) or state
        except Exception:  # the document is being replaced: look again
            continue
        if state.get("url") not in (blank, "about:blank") and state.get("ready") == "complete":  # Firefox passes through about:blank
            break
    if state.get("status") is None and state.get("url") != blank:
        time.sleep(SETTLE)  # Navigation Timing may fill responseStatus in a moment after the load
        try:
            state = engine.evaluate(invoke(scripts["state"], None)) or state
        except Exception:
            pass
    if c["after"]:
        time.sleep(c["after"])
        try:
            state = engine.evaluate(invoke(scripts["state"], None)) or state
        except Exception as error:
            return {"error": error_text(error).splitlines()[0]}
    if not state:
        return {"error": "NoPage: the page could not be read"}
    return {"status": state.get("status"), "reason": None, "body": None, "headers": None, "page": {k: state.get(k) for k in ("url", "shown", "form")}}


def call(engine: Engine, scripts: dict[str, str], mode: str, blank: str, c: Call, timeout: float) -> Result:
    if mode == "fetch":
        result: Result = engine.evaluate(invoke(scripts["fetch"], [c, timeout]))
        return result
    if c["look"]:
        return look(engine, scripts, blank, c, timeout)
    if c["method"] == "GET":
        return engine.load(c["url"], timeout)
    engine.load(blank, timeout)
    return engine.submit(invoke(scripts["form"], [c["url"], c["body"] or "", c["body_size"]]), timeout)


def run_scenarios(engine: Engine, mode: str) -> None:
    """Every scenario of the plan, each in a fresh scope, one JSON line each."""
    plan, scripts = load_plan(), page_scripts()
    for scenario in plan["scenarios"]:
        calls = scenario["calls"]
        why = skipped(mode, calls)
        if why:
            emit({"id": scenario["id"], "skipped": why})
            continue
        auth = next((c["auth"] for c in calls if c["auth"]), None)
        blank = "/".join(calls[0]["url"].split("/")[:3]) + "/_blank"
        results = []
        engine.scope(auth if mode == "navigation" else None)
        try:
            engine.load(blank, scenario["timeout"])
            previous = blank
            for c in calls:
                if c["delay"]:
                    time.sleep(c["delay"])
                if mode == "navigation" and c["url"] == previous and not c["look"]:
                    engine.load(blank, scenario["timeout"])  # the same URL twice in a row would be a reload
                try:
                    results.append(call(engine, scripts, mode, blank, c, scenario["timeout"]))
                except Exception as error:
                    results.append({"error": error_text(error).splitlines()[0]})
                previous = c["url"]
        finally:
            engine.end_scope()
        emit({"id": scenario["id"], "calls": results})
