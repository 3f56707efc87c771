"""Driver for Python clients: urllib, requests (plain, and with urllib3's Retry), httpx, aiohttp.
Usage: python python_clients.py PLAN.json CLIENT"""

from __future__ import annotations

import asyncio
import sys
from typing import Any

from common import Call, Result, body_of, fields, run, text


def urllib_client() -> None:
    import platform
    import urllib.error
    import urllib.request

    def call(_: None, c: Call, timeout: float) -> Result:
        handlers: list[Any] = []
        if c["auth"]:
            manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            manager.add_password(None, c["url"], *c["auth"])
            handlers.append(urllib.request.HTTPBasicAuthHandler(manager))
        opener = urllib.request.build_opener(*handlers)
        request = urllib.request.Request(c["url"], data=body_of(c), method=c["method"], headers=dict(c["headers"]))
        try:
            with opener.open(request, timeout=timeout) as response:
                return {"status": response.status, "reason": response.reason, "body": text(response.read()), "headers": fields(response.headers.items())}
        except urllib.error.HTTPError as error:
            return {
                "status": error.code,
                "reason": error.reason,
                "body": text(error.read()),
                "headers": fields(error.headers.items()),
                "error": f"HTTPError: {error}",
            }

    run(f"Python {platform.python_version()} urllib", lambda: None, call)


def requests_client(retry: bool) -> None:
    import requests
    from requests.adapters import HTTPAdapter
    from urllib3.util.retry import Retry

    def session() -> requests.Session:
        s = requests.Session()
        if retry:
            policy = Retry(total=3, backoff_factor=0.1, status_forcelist=(429, 500, 502, 503, 504))
            s.mount("http://", HTTPAdapter(max_retries=policy))
        return s

    def call(s: requests.Session, c: Call, timeout: float) -> Result:
        r = s.request(c["method"], c["url"], data=body_of(c), headers=dict(c["headers"]), auth=tuple(c["auth"]) if c["auth"] else None, timeout=timeout)
        return {"status": r.status_code, "reason": r.reason, "body": text(r.content), "headers": fields(r.headers.items())}

    from importlib.metadata import version

    run(f"requests {version('requests')} urllib3 {version('urllib3')}", session, call, lambda s: s.close())


def httpx_client(follow: bool) -> None:
    import httpx

    def call(s: httpx.Client, c: Call, timeout: float) -> Result:
        r = s.request(c["method"], c["url"], content=body_of(c), headers=dict(c["headers"]), auth=tuple(c["auth"]) if c["auth"] else None, timeout=timeout)
        return {"status": r.status_code, "reason": r.reason_phrase, "body": text(r.content), "headers": fields(r.headers.multi_items())}

    run(f"httpx {httpx.__version__}", lambda: httpx.Client(follow_redirects=follow), call, lambda s: s.close())


def aiohttp_client() -> None:
    import aiohttp

    loop = asyncio.new_event_loop()

    async def fetch(s: aiohttp.ClientSession, c: Call, timeout: float) -> Result:
        auth = aiohttp.BasicAuth(*c["auth"]) if c["auth"] else None
        async with s.request(c["method"], c["url"], data=body_of(c), headers=dict(c["headers"]), auth=auth, timeout=aiohttp.ClientTimeout(total=timeout)) as r:
            return {"status": r.status, "reason": r.reason, "body": text(await r.read()), "headers": fields(r.headers.items())}

    async def make() -> aiohttp.ClientSession:
        return aiohttp.ClientSession()

    run(
        f"aiohttp {aiohttp.__version__}",
        lambda: loop.run_until_complete(make()),
        lambda s, c, t: loop.run_until_complete(fetch(s, c, t)),
        lambda s: loop.run_until_complete(s.close()),
    )


CLIENTS = {
    "urllib": urllib_client,
    "requests": lambda: requests_client(False),
    "requests-retry": lambda: requests_client(True),
    "httpx": lambda: httpx_client(False),
    "httpx-follow": lambda: httpx_client(True),
    "aiohttp": aiohttp_client,
}

if __name__ == "__main__":
    CLIENTS[sys.argv[2]]()
