"""Static assets, copied with a content hash in their names so they can be cached forever."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Asset:
    name: str  # as templates ask for it: "style.css"
    path: str  # site path written: "static/style.3f2a9c1b.css"
    data: bytes


def fingerprint(name: str, data: bytes) -> str:
    """"style.css" -> "static/style.<8 hex digits of its SHA-256>.css"."""
    stem, dot, suffix = name.rpartition(".")
    digest = hashlib.sha256(data).hexdigest()[:8]
    return f"static/{stem}.{digest}.{suffix}" if dot else f"static/{name}.{digest}"


def load_assets(folder: Path) -> dict[str, Asset]:
    """Every file under `folder`, keyed by its path inside it."""
    assets = {}
    for file in sorted(folder.rglob("*")):
        if file.is_file():
            name = file.relative_to(folder).as_posix()
            data = file.read_bytes()
            assets[name] = Asset(name, fingerprint(name, data), data)
    return assets
