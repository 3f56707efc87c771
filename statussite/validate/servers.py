"""Check the measured server and proxy results files (content/servers/*.json) against their
declared format (SERVER_RESULTS in statussite/results_format.py) and build ServerRun records; every
problem is a `path:line:col` message like any other content problem."""

from __future__ import annotations

from typing import Any

from ..load import JsonFile
from ..problems import Problem
from ..results_format import SERVER_RESULTS
from ..servers import ServerResult, ServerRun
from .measured import checked


def _tokens(headers: list[list[str]]) -> tuple[str, ...]:
    """Error names a proxy puts in its own header fields (X-Squid-Error: ERR_READ_ERROR 0)."""
    return tuple(word for name, value in headers if name.endswith("-error") for word in value.split() if word.startswith("ERR_"))


def _result(item: dict[str, Any]) -> ServerResult:
    return ServerResult(
        item["scenario"],
        item["topic"],
        item["title"],
        tuple(item["codes"]),
        item["outcome"],
        item["status"],
        item["server"],
        item["body"],
        item["words"],
        item["seconds"],
        item["upstream_requests"],
        _tokens(item["headers"]),
    )


def server_run(doc: JsonFile, problems: list[Problem]) -> ServerRun | None:
    data = checked(doc, SERVER_RESULTS, problems)
    if data is None:
        return None
    results = tuple(_result(item) for item in data["results"])
    return ServerRun(data["key"], data["software"], data["role"], data["version"], data["config"], data["os"], data["date"], results, data, doc.text)
