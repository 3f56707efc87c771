"""Turn one client's answer and the requests the server saw into a published outcome: a short
sentence per scenario plus the facts behind it. Pure functions: same inputs, same outcome."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .scenarios import Scenario
from .server import Request

PORT = re.compile(r"127\.0\.0\.1:\d+|localhost:\d+|:\d{4,5}\b")
RETRIED = re.compile(r"retried \d+×")
HTTP_DATE = re.compile(r"^[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT$")
MAX_FIELDS = 30  # the test server sends a handful; a bound keeps a runaway client's answer small
TIMING_TOLERANCE = 0.6  # seconds: two runs' gaps between retries may differ by this much
WAIT = 0.5  # seconds: a gap this long between two requests is a client waiting on purpose


def scrub(text: str, run: str) -> str:
    """An error message without what changes from run to run (ports, the run's path prefix)."""
    return PORT.sub("127.0.0.1:PORT", text.replace(f"/{run}/", "/RUN/"))[:200]


def origin_field(value: str | None, origins: dict[str, str]) -> str | None:
    """The request's `Origin` field as the origin it names: A, B, null, or None when absent."""
    if value is None:
        return None
    return next((name for name, url in origins.items() if url == value), value if value == "null" else "other")


def request_facts(requests: list[Request], prefix: str, origins: dict[str, str] | None = None) -> list[dict[str, Any]]:
    origins = origins or {}
    start = requests[0].at if requests else 0.0
    facts = []
    for r in requests:
        lower = {n.lower(): v for n, v in r.headers}
        path = r.target.split(prefix + "/", 1)[-1]
        facts.append(
            {
                "origin": r.origin,
                "method": r.method,
                "path": path,
                "body_bytes": r.body_length,
                "content_type": "content-type" in lower,
                "authorization": "authorization" in lower,
                "cookie": "cookie" in lower,
                "expect": lower.get("expect"),
                "connection": r.connection,
                "body_before_continue": r.body_before_continue,
                "origin_field": origin_field(lower.get("origin"), origins),
                "conditional": "if-none-match" in lower or "if-modified-since" in lower,
                "t": round(r.at - start, 2),
                "connected": round(r.connected_at - start, 2),
            }
        )
    return facts


def header_facts(fields: Any, run: str) -> list[list[str]] | None:
    """The header fields the client gave its caller: names lower-cased, sorted by name (a client's
    own order may be a hash map's), values as given but with ports and the run's prefix scrubbed;
    None when the client exposes none."""
    if fields is None:
        return None
    pairs = [[str(name).lower(), scrub(str(value), run)] for name, value in fields]
    return sorted(pairs, key=lambda pair: pair[0])[:MAX_FIELDS]


def caller_facts(call: dict[str, Any], run: str) -> dict[str, Any]:
    error = call.get("error")
    return {
        "status": call.get("status"),
        "reason": call.get("reason"),
        "body": call.get("body"),
        "headers": header_facts(call.get("headers"), run),
        "error": scrub(str(error), run) if error else None,
        **{k: call[k] for k in ("type", "redirected") if k in call},
        **(
            {
                "page": {
                    "url": scrub(str(call["page"].get("url")), run),
                    "shown": scrub(str(call["page"].get("shown") or ""), run),
                    "form": call["page"].get("form"),
                }
            }
            if call.get("page")
            else {}
        ),
    }


def got(call: dict[str, Any]) -> str:
    """What the caller was given, in a few words."""
    if call.get("status") is None and not call.get("error") and call.get("body") is not None:
        return "loaded (the engine exposes no status)"
    if call.get("status") is None:
        return "error: " + str(call.get("error") or "no answer").partition(": ")[0]
    raised = " (raised)" if call.get("error") else ""
    return f"{call['status']}{raised}"


def interim_given(scenario: Scenario, call: dict[str, Any]) -> str:
    """Whether the header fields of the scenario's interim response reached the caller (mixed into
    the final response's, or as the fields of the interim response returned as if final)."""
    fields = call.get("headers")
    if fields is None:
        return "no header fields exposed"
    interim = scenario.routes[0].replies[0].interim[0]
    names = [name for name, _ in interim.headers]
    given = {str(name).lower() for name, _ in fields}
    code = interim.status_line.split()[1]
    said = f"{code}'s " + " and ".join(names)
    return f"{said} given to the caller" if any(n.lower() in given for n in names) else f"{said} not given to the caller"


def seen_page(call: dict[str, Any]) -> str:
    """What a reader sees after a link or a form: the status the page's Navigation Timing gives
    (when the engine has it), where the page is, what it shows, and the typed-in form field."""
    page = call.get("page")
    if not page:
        return got(call)
    url, shown = str(page["url"]), str(page["shown"])
    stays = url.endswith("/_blank")
    parts = [] if call.get("status") is None or stays else [str(call["status"])]
    if stays:
        parts.append("stays on the page")
    elif not url.startswith("http://127.0.0.1"):
        parts.append(f"the engine's own page ({url.split(':', 1)[0]})")
    if not stays:
        parts.append(f"shows {shown[:40]!r}" if shown else "shows nothing")
    if page.get("form") is not None:
        parts.append("form kept" if page["form"] else "form reset")
    return ", ".join(parts)


def revisit(requests: list[dict[str, Any]]) -> str:
    """Whether a second visit to the same URL reached the server, and how."""
    asked = [r for r in requests if r["path"] == "0"]
    if len(asked) < 2:
        return "second visit: server not asked"
    return "second visit: asked again" + (", conditionally" if asked[1]["conditional"] else "")


def hints(requests: list[dict[str, Any]], wait: float) -> str:
    """Whether the 103's hint was acted on before the final response (sent `wait` s after the request)."""
    said = []
    style = [r for r in requests if r["path"] == "style.css"]
    said.append(
        "no style.css request" if not style else "style.css fetched " + ("before the final response" if style[0]["t"] < wait else "after the final response")
    )
    other = [r for r in requests if r["origin"] == "B"]
    if other:
        at = other[0]["connected"]
        if at < 0:  # a keep-alive connection from an earlier scenario: says nothing about the hint
            said.append("other origin reached on a connection already open")
        else:
            said.append("other origin connected " + ("before the final response" if at < wait else "after the final response"))
    return ", ".join(said)


def fetch_type(call: dict[str, Any]) -> str:
    if "type" not in call:
        return "type not exposed"
    return f"type {call['type']}, redirected {str(call['redirected']).lower()}"


def cors(requests: list[dict[str, Any]], call: dict[str, Any]) -> str:
    """What reached the other origin (preflight, Origin, Authorization, Cookie), and the error the page got."""
    other = [r for r in requests if r["origin"] == "B"]
    if not other:
        said = "nothing reached the other origin"
    else:
        steps = [r["method"] for r in other]
        last = other[-1]
        fields = [f"Origin {last['origin_field']}" if last["origin_field"] else "no Origin"]
        fields += [name for name in ("authorization", "cookie") if last[name]]
        said = f"other origin got {' then '.join(steps)} with {', '.join(fields)}".replace("authorization", "Authorization").replace("cookie", "Cookie")
    if call.get("status") is None and call.get("error"):
        said += f"; error {str(call['error'])[:80]!r}"
    return said


@dataclass(frozen=True)
class Seen:
    """What one scenario's outcome is told from: the scenario, what the caller got per call (as
    the driver gave it or as recorded) and the requests the server saw (as facts)."""

    scenario: Scenario
    calls: tuple[dict[str, Any], ...]
    requests: tuple[dict[str, Any], ...]

    @property
    def first(self) -> dict[str, Any]:
        return self.calls[0] if self.calls else {"error": "no answer"}


Fact = Callable[[Seen], list[str]]


def _revisit(seen: Seen) -> list[str]:
    return [revisit(list(seen.requests))]


def _hints(seen: Seen) -> list[str]:
    return [hints(list(seen.requests), seen.scenario.routes[0].replies[0].final_after)]


def _fetch_type(seen: Seen) -> list[str]:
    return [fetch_type(seen.first)] if seen.first.get("status") is not None else []


def _cors(seen: Seen) -> list[str]:
    return [cors(list(seen.requests), seen.first)]


def _follow(seen: Seen) -> list[str]:
    """Whether a redirect was followed, with which method, and (when recorded) which credentials went along."""
    follow = [r for r in seen.requests if r["path"] != "0"]
    if not follow:
        return ["not followed"]
    nxt, before = follow[0], seen.requests[0]
    if before["method"] in ("POST", "PUT"):
        said = [f"followed with {nxt['method']}, {'body kept' if nxt['body_bytes'] else 'body dropped'}"]
    else:
        said = [f"followed with {nxt['method']}"]
    if "credentials" in seen.scenario.record:
        kept = [h for h in ("authorization", "cookie") if nxt[h]]
        said.append("kept " + " and ".join(kept) if kept else "dropped Authorization and Cookie")
    return said


def _hops(seen: Seen) -> list[str]:
    return [f"{len(seen.requests)} requests"]


def _expect(seen: Seen) -> list[str]:
    if not seen.requests:
        return []
    r = seen.requests[0]
    if not r["expect"]:
        return ["no Expect"]
    return ["sent Expect: 100-continue, " + ("did not wait" if r["body_before_continue"] else "waited")]


def _auth(seen: Seen) -> list[str]:
    sent = [r["authorization"] for r in seen.requests]
    if sent and sent[0]:
        return ["sent credentials at once"]
    return ["sent credentials after the challenge" if any(sent) else "never sent credentials"]


def _retries(seen: Seen) -> list[str]:
    requests = seen.requests
    if len(requests) <= 1:
        return ["no retry"]
    gaps = [b["t"] - a["t"] for a, b in zip(requests, requests[1:])]
    return [f"retried {len(requests) - 1}×, {'waited ≥ 1 s' if min(gaps) >= 0.9 else 'waited < 1 s'}"]


def _second(seen: Seen) -> list[str]:
    second = seen.calls[1] if len(seen.calls) > 1 else {"error": "no answer"}
    return ["then " + got(second) + (f" {second.get('body')!r}" if second.get("status") and second.get("body") is not None else "")]


def _interim_fields(seen: Seen) -> list[str]:
    return [interim_given(seen.scenario, seen.first)] if seen.first.get("status") is not None else []


def _reason(seen: Seen) -> list[str]:
    first = seen.first
    if first.get("status") is None or seen.scenario.topic != "status":
        return []
    return [f"reason {first.get('reason')!r}" if first.get("reason") is not None else "no reason exposed"]


# What each name in a scenario's `record` adds to its outcome, in the order the sentence says it
# (the order of this table, not of `record`); "credentials" is said with "follow".
FACTS: tuple[tuple[str, Fact], ...] = (
    ("revisit", _revisit),
    ("hints", _hints),
    ("fetch-type", _fetch_type),
    ("cors", _cors),
    ("follow", _follow),
    ("hops", _hops),
    ("expect", _expect),
    ("auth", _auth),
    ("retries", _retries),
    ("second", _second),
    ("interim-fields", _interim_fields),
    ("status", _reason),
)


def summarize(scenario: Scenario, calls: list[dict[str, Any]], requests: list[dict[str, Any]]) -> str:
    """The outcome sentence: what the caller was given, then each recorded fact from the table."""
    seen = Seen(scenario, tuple(calls), tuple(requests))
    parts = [seen_page(seen.first)]
    for name, fact in FACTS:
        if name in scenario.record:
            parts += fact(seen)
    return "; ".join(parts)


def outcome(scenario: Scenario, run: str, answer: dict[str, Any], requests: list[Request], origins: dict[str, str] | None = None) -> dict[str, Any]:
    about = {"scenario": scenario.id, "topic": scenario.topic, "title": scenario.title, "codes": list(scenario.codes), "headline": scenario.headline}
    if "skipped" in answer:
        return {**about, "outcome": "not measured: " + str(answer["skipped"]), "calls": [], "requests": []}
    facts = request_facts(requests, f"/{run}/{scenario.id}", origins)
    calls = [caller_facts(c, run) for c in answer.get("calls", [])]
    said = summarize(scenario, answer.get("calls", []), facts)
    if run in scenario.unstable:
        said += "; varies from run to run"
    return {**about, "outcome": said, "calls": calls, "requests": facts}


def strip(requests: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Requests without what varies between runs (timing, connection numbers), in a canonical
    order: a browser sends a page's subresources together, in an order that varies."""
    kept = [{k: v for k, v in r.items() if k not in ("t", "connection", "connected")} for r in requests]
    return sorted(kept, key=lambda r: json.dumps(r, sort_keys=True))


def steady(fields: list[list[str]] | None) -> list[tuple[str, str]] | None:
    """Header fields without values that change from run to run (an HTTP date, such as Date or
    a Retry-After date): the field's presence is still compared."""
    if fields is None:
        return None
    return sorted((name, "<date>" if HTTP_DATE.match(value) else value) for name, value in fields)


def keep(calls: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Calls with errors cut to their kind (messages may vary between runs), header fields steady."""
    return [{k: (v.partition(": ")[0] if k == "error" and v else steady(v) if k == "headers" else v) for k, v in c.items()} for c in calls]


def same(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """How two measurements of one scenario differ (empty: the same, timing within tolerance)."""
    differences: list[str] = []
    cut_short = any("Timeout" in str(c.get("error")) or "NoAnswer" in str(c.get("error")) for c in old["calls"] + new["calls"])
    if cut_short and abs(len(old["requests"]) - len(new["requests"])) <= 1:
        # the client was stopped at the time bound: one request more or fewer is timing, not behaviour
        n = min(len(old["requests"]), len(new["requests"]))
        old = {**old, "requests": old["requests"][:n], "outcome": RETRIED.sub("retried", old["outcome"])}
        new = {**new, "requests": new["requests"][:n], "outcome": RETRIED.sub("retried", new["outcome"])}
    if old["outcome"] != new["outcome"]:
        differences.append(f"outcome {old['outcome']!r} is now {new['outcome']!r}")
    if strip(old["requests"]) != strip(new["requests"]):
        differences.append(f"requests {strip(old['requests'])} are now {strip(new['requests'])}")
    # Timing is compared where it is behaviour: a client's own wait before it retried (after
    # Retry-After, or a Refresh). When a request comes otherwise (the driver's next call, a
    # browser loading a page under load) depends on how busy the machine is, so it is not compared.
    retried = "retried" in old["outcome"] or "retried" in new["outcome"]
    for (a0, a1), (b0, b1) in zip(zip(old["requests"], old["requests"][1:]), zip(new["requests"], new["requests"][1:])) if retried else ():
        then, now = a1["t"] - a0["t"], b1["t"] - b0["t"]
        if max(then, now) >= WAIT and abs(then - now) > TIMING_TOLERANCE + 0.3 * then:
            differences.append(f"a request came {now:.2f} s after the one before, not {then:.2f} s")
    if keep(old["calls"]) != keep(new["calls"]):
        differences.append(f"the caller got {keep(new['calls'])}, not {keep(old['calls'])}")
    return differences
