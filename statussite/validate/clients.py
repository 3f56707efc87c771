"""Check the measured-client results files against their declared format (CLIENT_RESULTS in
statussite/results_format.py) and build ClientRun records; every problem is a `path:line:col`
message like any other content problem."""

from __future__ import annotations

from ..clients import ClientResult, ClientRun
from ..load import JsonFile
from ..problems import Problem
from ..results_format import CLIENT_RESULTS
from .measured import checked


def client_run(doc: JsonFile, problems: list[Problem]) -> ClientRun | None:
    data = checked(doc, CLIENT_RESULTS, problems)
    if data is None:
        return None
    results = tuple(ClientResult(r["scenario"], r["topic"], r["title"], tuple(r["codes"]), r["outcome"], r["headline"]) for r in data["results"])
    return ClientRun(data["key"], data["client"], data["config"], data["version"], data["os"], data["date"], results, data, data["kind"])
