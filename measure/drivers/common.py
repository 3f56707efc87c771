"""What every Python-side driver shares: read the plan, time-box nothing itself (the client's own
timeout does), print one JSON line per scenario. Drivers for other runtimes follow the same shape."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterable
from typing import Any

Call = dict[str, Any]
Result = dict[str, Any]


def load_plan() -> dict[str, Any]:
    with open(sys.argv[1], encoding="utf-8") as file:
        plan: dict[str, Any] = json.load(file)
    return plan


def body_of(call: Call) -> bytes | None:
    if call["body_size"]:
        return b"x" * int(call["body_size"])
    return None if call["body"] is None else str(call["body"]).encode()


def error_text(error: BaseException) -> str:
    return f"{type(error).__name__}: {str(error)[:300]}"


def emit(obj: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


def run(version: str, make_session: Callable[[], Any], do_call: Callable[[Any, Call, float], Result], close: Callable[[Any], None] = lambda s: None) -> None:
    """Run every scenario of the plan; each gets a fresh client (session) for all its calls."""
    plan = load_plan()
    emit({"version": version})
    for scenario in plan["scenarios"]:
        session = make_session()
        results = []
        try:
            for call in scenario["calls"]:
                if call["delay"]:
                    time.sleep(call["delay"])
                try:
                    results.append(do_call(session, call, scenario["timeout"]))
                except Exception as error:  # the client raised: that is the measurement
                    results.append({"error": error_text(error)})
        finally:
            close(session)
        emit({"id": scenario["id"], "calls": results})


def fields(items: Iterable[tuple[str, str]]) -> list[list[str]]:
    """The header fields a client gave its caller, as [name, value] pairs, at most 30."""
    return [[name.lower(), value[:200]] for name, value in list(items)[:30]]


def text(data: bytes) -> str:
    return data[:64].decode("latin-1")
