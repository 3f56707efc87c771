"""Site-wide settings from site.toml, with the base URL overridable on the command line."""

from __future__ import annotations

import tomllib
from pathlib import Path
from urllib.parse import urlsplit

from .model import SiteConfig
from .problems import BuildError, Problem

CONFIG_FILE = "site.toml"
KEYS = ("title", "description", "base_url", "language")


def load_config(root: Path, base_url: str | None = None) -> SiteConfig:
    path = root / CONFIG_FILE
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BuildError([Problem(CONFIG_FILE, 1, 1, "missing site settings file (title, description, base_url, language)")]) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise BuildError([Problem(CONFIG_FILE, 1, 1, f"cannot be read as TOML: {error}")]) from None
    problems = [Problem(CONFIG_FILE, 1, 1, f"missing or empty setting '{key}'") for key in KEYS if not isinstance(data.get(key), str) or not data[key]]
    problems += [Problem(CONFIG_FILE, 1, 1, f"unknown setting '{key}'") for key in data if key not in KEYS]
    if problems:
        raise BuildError(problems)
    url = base_url if base_url is not None else data["base_url"]
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        where = "--base-url" if base_url is not None else CONFIG_FILE
        raise BuildError([Problem(where, 1, 1, f"base URL must be an absolute http(s) URL, got '{url}'")])
    return SiteConfig(
        title=data["title"],
        description=data["description"],
        base_url=url if url.endswith("/") else url + "/",
        language=data["language"],
    )
