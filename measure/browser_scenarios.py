"""The scenarios only a browser has: what it remembers (redirects, the HTTP cache), what a reader
sees after a link or a form, Early Hints, fetch()'s redirect modes and CORS across a redirect.
Each names the browser configurations it applies to (`only`); every other client skips it."""

from __future__ import annotations

from .scenario_model import Call, Message, Reply, Route, Scenario, line, respond

BOTH = ("fetch", "navigation")
NAVIGATION = ("navigation",)
FETCH = ("fetch",)
HTML = ("Content-Type", "text/html")
LONG_AGO = "Mon, 01 Jan 2024 00:00:00 GMT"  # a Last-Modified old enough for months of heuristic freshness
LOOK = 2.0  # seconds a navigation scenario waits for the page to load (a 204 never does)
TWICE = (Call(path="0", look=LOOK), Call(path="0", look=LOOK))  # a navigation follows a link; fetch() ignores `look`


def page(text: str) -> str:
    return f"<!doctype html><title>{text}</title><p>{text}</p>"


def memory() -> list[Scenario]:
    """Is a redirect remembered, is a response reused from the HTTP cache on a second visit."""
    out = []
    for code in (301, 308, 302, 307):
        moved = respond(code, headers=(("Location", "{S}/1"),))
        out.append(
            Scenario(
                f"remember-{code}",
                "cache",
                f"{code}, then the same URL again: is the redirect remembered",
                (code,),
                (Route("0", (moved,)), Route("1", (respond(200, headers=(HTML,), body=page("landed")),))),
                TWICE,
                record=("status", "revisit"),
                headline=code in (301, 308),
                only=BOTH,
            )
        )
    for code in (200, 203, 204, 300, 404, 405, 410, 414, 501):
        body = "" if code == 204 else page("cached?")
        for form, field in (("last-modified", ("Last-Modified", LONG_AGO)), ("max-age", ("Cache-Control", "max-age=600"))):
            out.append(
                Scenario(
                    f"cache-{code}-{form}",
                    "cache",
                    f"{code} with {'only Last-Modified (heuristic freshness)' if form == 'last-modified' else 'Cache-Control: max-age=600'}, then the same URL again",
                    (code,),
                    (Route("0", (Reply(Message(line(code, REASON.get(code)), (HTML, field), body)),)),),
                    TWICE,
                    record=("status", "revisit"),
                    only=BOTH,
                )
            )
    ranged = respond(
        206, headers=(("Content-Range", "bytes 0-3/10"), ("Cache-Control", "max-age=600"), ("ETag", '"r1"'), ("Content-Type", "text/plain")), body="0123"
    )
    out.append(
        Scenario(
            "cache-206-range",
            "cache",
            "206 for bytes 0-3 (max-age=600), then the same range again",
            (206,),
            (Route("0", (ranged,)),),
            (Call(path="0", headers=(("Range", "bytes=0-3"),)), Call(path="0", headers=(("Range", "bytes=0-3"),))),
            record=("status", "revisit"),
            only=FETCH,
        )
    )
    return out


REASON = {203: "Non-Authoritative Information", 404: "Not Found", 405: "Method Not Allowed", 410: "Gone", 414: "URI Too Long", 501: "Not Implemented"}


def navigation() -> list[Scenario]:
    """What the reader sees: a 204 or 205 after a link or a form, an error body or none, a 401 or
    407, and whether a 503 with Refresh or Retry-After brings the engine back by itself."""
    out = []
    for code in (204, 205):
        for how, call in (("link", Call(look=LOOK)), ("form", Call("POST", body="hello=world", look=LOOK))):
            out.append(
                Scenario(
                    f"page-{code}-{how}",
                    "page",
                    f"{code} after a {'link' if how == 'link' else 'form submit'}: does the page stay, is the form reset",
                    (code,),
                    (Route("0", (respond(code),)),),
                    (call,),
                    record=("page",),
                    headline=how == "form",
                    only=NAVIGATION,
                )
            )
    for code, body in ((404, page("server page")), (500, page("server page")), (404, ""), (500, "")):
        kind = "an HTML body" if body else "an empty body"
        out.append(
            Scenario(
                f"page-{code}-{'html' if body else 'empty'}",
                "page",
                f"{code} with {kind}: the server's page or the engine's own",
                (code,),
                (Route("0", (respond(code, headers=(HTML,), body=body),)),),
                (Call(look=LOOK),),
                record=("page",),
                only=NAVIGATION,
            )
        )
    challenge = respond(401, headers=(("WWW-Authenticate", 'Basic realm="test"'), HTML), body=page("who are you"))
    proxy = respond(407, headers=(("Proxy-Authenticate", 'Basic realm="proxy"'), HTML), body=page("proxy auth"))
    for sid, code, reply in (("page-401-basic", 401, challenge), ("page-407", 407, proxy)):
        out.append(
            Scenario(
                sid,
                "page",
                f"{code} with a Basic challenge after a link, no credentials: what the page shows",
                (code,),
                (Route("0", (reply,)),),
                (Call(look=LOOK),),
                record=("page",),
                only=NAVIGATION,
            )
        )
    back = respond(200, headers=(HTML,), body=page("back"))
    for sid, field in (("page-503-refresh", ("Refresh", "1")), ("page-503-retry-after", ("Retry-After", "1"))):
        out.append(
            Scenario(
                sid,
                "page",
                f"503 with {field[0]}: {field[1]} after a link: does the engine come back by itself",
                (503,),
                (Route("0", (respond(503, headers=(field, HTML), body=page("busy")), back), max_requests=8),),
                (Call(look=LOOK, after=3.0),),
                timeout=8,
                record=("page", "retries"),
                only=NAVIGATION,
            )
        )
    return out


def hints_and_retries() -> list[Scenario]:
    """103 Early Hints acted on before the final response (over HTTP/1.1 here); 421 and 425
    retried by the engine itself or not."""
    out = []
    final = Message(
        line(200), (HTML,), '<!doctype html><title>final</title><link rel=stylesheet href="{S}/style.css"><p>final</p><img alt="" src="{B}{S}/pixel">'
    )
    for sid, link in (("hints-preload", "<{S}/style.css>; rel=preload; as=style"), ("hints-preconnect", "<{B}>; rel=preconnect")):
        out.append(
            Scenario(
                sid,
                "1xx",
                f"103 with Link: {link.split('; ', 1)[1]}, the final response 1 s later: is the hint acted on before it",
                (103,),
                (
                    Route("0", (Reply(final, interim=(Message(line(103), (("Link", link),), content_length=False),), final_after=1.0),)),
                    Route("style.css", (respond(200, headers=(("Content-Type", "text/css"),)),)),
                    Route("pixel", (respond(204),)),
                ),
                (Call(look=LOOK + 1),),
                timeout=8,
                record=("hints",),
                headline=sid == "hints-preload",
                only=NAVIGATION,
            )
        )
    for code in (421, 425):
        name = "Misdirected Request" if code == 421 else "Too Early"
        out.append(
            Scenario(
                f"engine-retry-{code}",
                "retry",
                f"{code} {name}, then 200: does the engine retry by itself",
                (code,),
                (Route("0", (respond(code, name, (HTML,), page("not now")), respond(200, headers=(HTML,), body=page("retried"))), max_requests=8),),
                (Call(look=LOOK),),
                record=("status", "retries"),
                headline=code == 425,
                only=BOTH,
            )
        )
    return out


def fetch_modes() -> list[Scenario]:
    """fetch()'s redirect modes on each redirect code, and CORS across a redirect to another origin."""
    out = []
    for mode in ("manual", "error"):
        for code in (301, 302, 303, 307, 308):
            out.append(
                Scenario(
                    f"fetch-{mode}-{code}",
                    "fetch",
                    f"{code} to fetch() with redirect: {mode!r}",
                    (code,),
                    (
                        Route("0", (respond(code, headers=(("Location", "{S}/1"),)),)),
                        Route("1", (respond(200, headers=(("Content-Type", "text/plain"),), body="landed"),)),
                    ),
                    (Call(redirect=mode),),
                    record=("status", "fetch-type", "follow"),
                    only=FETCH,
                )
            )
    allow = (("Access-Control-Allow-Origin", "{A}"), ("Access-Control-Allow-Credentials", "true"), ("Access-Control-Allow-Headers", "Authorization"))
    moved = respond(307, headers=(("Location", "{B}{S}/1"), ("Set-Cookie", "session=abc; Path=/")))
    for sid, fields, credentials, said in (
        ("cors-redirect-refused", (), "same-origin", "the other origin sends no CORS fields"),
        ("cors-redirect-allowed", allow, "same-origin", "the other origin allows this one"),
        ("cors-redirect-credentials", allow, "include", "the other origin allows this one with credentials; credentials: 'include'"),
    ):
        landed = respond(200, headers=(("Content-Type", "text/plain"), *fields), body="landed")
        out.append(
            Scenario(
                sid,
                "fetch",
                f"fetch() with Authorization, 307 to another origin that sets a cookie; {said}",
                (307,),
                (Route("0", (moved,)), Route("1", (landed,))),
                (Call(headers=(("Authorization", "Bearer secret-token"),), credentials=credentials),),
                record=("status", "cors"),
                only=FETCH,
            )
        )
    return out


def browser_scenarios() -> list[Scenario]:
    return memory() + navigation() + hints_and_retries() + fetch_modes()
