"""Files for the host: `_redirects`, the friendly aliases people type or link to, per code.

Netlify applies `_redirects` from the published folder before the rules in netlify.toml, so
the catch-all not-found rule there still comes last. A rule never hides a file that exists
(none is forced), and Netlify matches a rule with or without a trailing slash.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from .model import Site

REDIRECTS_FILE = "_redirects"
ALIAS_FOLDERS = ("status", "codes", "code")


@dataclass(frozen=True)
class Alias:
    source: str  # the path people type: "/status/404"
    target: str  # the page's path: "/404/"


def aliases(site: Site) -> list[Alias]:
    """For every code: /404, /status/404, /codes/404, /code/404; for every class: /4xx, /4XX."""
    root = urlsplit(site.config.base_url).path or "/"
    found = []
    for code in site.codes:
        target = root + code.url
        found.append(Alias(f"{root}{code.code}", target))
        found += [Alias(f"{root}{folder}/{code.code}", target) for folder in ALIAS_FOLDERS]
    for item in site.classes:
        found += [Alias(f"{root}{item.key}", root + item.url), Alias(f"{root}{item.key.upper()}", root + item.url)]
    return found


def redirects_file(site: Site) -> str:
    lines = [f"{alias.source}  {alias.target}  301" for alias in aliases(site)]
    return "# Generated from content/ by build.py: one permanent redirect per alias.\n" + "\n".join(lines) + "\n"
