"""The Dash/Zeal docset: the offline pages of the site, Dash's plist and SQLite index, and a .tgz.

A thin step after render: it takes the files the offline bundle is made of (links that name
files) and adds what a docset viewer reads. Every byte depends on the content only (fixed
order, dates, modes and gzip header), so two builds of the same content are identical.
"""

from __future__ import annotations

import hashlib
import io
import json
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .docset_icon import icons
from .docset_index import GUIDE, SECTION, IndexEntry, model_entries, unique
from .docset_pages import page_title, sections, with_dash_anchors
from .model import Site

NAME = "HTTP_Status_Codes"
BUNDLE = f"{NAME}.docset"
ARCHIVE = f"{NAME}.tgz"
CONTENTS = f"{BUNDLE}/Contents"
DOCUMENTS = f"{CONTENTS}/Resources/Documents/"
INDEX_FILE = f"{CONTENTS}/Resources/docSet.dsidx"
KEYWORD = "http"  # what a reader types before a colon to search only this docset: "http:404"
BUNDLE_ID = "http-status-codes"
TAR_MODES = {"dir": 0o755, "file": 0o644}


@dataclass(frozen=True)
class Docset:
    """Everything `python build.py docset` writes (path -> bytes), and the index rows in it."""

    files: dict[str, bytes]
    entries: tuple[IndexEntry, ...]


def make_docset(site: Site, offline: dict[str, bytes]) -> Docset:
    """The docset and its contribution files, from the offline site's files (render_site's)."""
    documents = viewer_documents(offline)
    entries = unique([*model_entries(site), *page_entries(documents, model_entries(site))])
    javascript = any(b"<script" in data for path, data in documents.items() if path.endswith(".html"))
    bundle = {DOCUMENTS + path: data for path, data in documents.items()}
    bundle[f"{CONTENTS}/Info.plist"] = info_plist(site, javascript)
    bundle[INDEX_FILE] = search_index(entries)
    bundle.update({f"{BUNDLE}/{name}": data for name, data in icons().items()})
    archive = tgz(bundle)
    files = {**bundle, ARCHIVE: archive, **icons()}
    files["docset.json"] = docset_json(site, archive)
    files["README.md"] = readme(site, entries).encode("utf-8")
    return Docset(files, entries)


def viewer_documents(offline: dict[str, bytes]) -> dict[str, bytes]:
    """The pages with Dash's section anchors, and the static files some page or stylesheet still names."""
    pages = {path: with_dash_anchors(data.decode("utf-8")).encode("utf-8") for path, data in offline.items() if path.endswith(".html")}
    named = b"".join(data for path, data in offline.items() if path.endswith((".html", ".css")))
    kept = {path: data for path, data in offline.items() if not path.startswith("static/") or PurePosixPath(path).name.encode() in named}
    return kept | pages


def page_entries(documents: dict[str, bytes], known: tuple[IndexEntry, ...]) -> list[IndexEntry]:
    """A Guide row for each page the model gives none (the API page, the client matrix), and a
    Section row for each heading: Zeal lists a page's rows with anchors as its table of contents."""
    paths = {entry.path for entry in known}
    entries = []
    for path in sorted(documents):
        if not path.endswith(".html"):
            continue
        text = documents[path].decode("utf-8")
        title = page_title(text) or path
        if path not in paths:
            entries.append(IndexEntry(title, GUIDE, path))
        entries += [IndexEntry(f"{title}: {item.text}", SECTION, f"{path}#{item.id}") for item in sections(text) if f"{path}#{item.id}" not in paths]
    return entries


def info_plist(site: Site, javascript: bool) -> bytes:
    """Contents/Info.plist: the keys Dash and Zeal read (kapeli.com/docsets)."""
    keys = {
        "CFBundleIdentifier": BUNDLE_ID,
        "CFBundleName": site.config.title,
        "DocSetPlatformFamily": KEYWORD,
        "isDashDocset": True,
        "dashIndexFilePath": "index.html",
        "DashDocSetFamily": "dashtoc",  # Dash shows the dashAnchor sections of each page
        "DashDocSetFallbackURL": site.config.base_url,
        "isJavaScriptEnabled": javascript,
    }
    import plistlib  # here, as sqlite3, tarfile and gzip below: a site build imports this module and uses none of them

    return plistlib.dumps(keys, sort_keys=True)


def search_index(entries: tuple[IndexEntry, ...]) -> bytes:
    """docSet.dsidx: Dash's searchIndex table with its unique index, rows in the given order."""
    import sqlite3

    with tempfile.TemporaryDirectory(prefix="docset-index-") as folder:
        path = Path(folder) / "docSet.dsidx"
        connection = sqlite3.connect(path)
        try:
            with connection:
                connection.execute("CREATE TABLE searchIndex(id INTEGER PRIMARY KEY, name TEXT, type TEXT, path TEXT)")
                connection.execute("CREATE UNIQUE INDEX anchor ON searchIndex (name, type, path)")
                connection.executemany("INSERT INTO searchIndex(name, type, path) VALUES (?, ?, ?)", [(e.name, e.type, e.path) for e in entries])
        finally:
            connection.close()
        return path.read_bytes()


def tgz(files: dict[str, bytes]) -> bytes:
    """A gzipped tar of `files` and their folders: sorted, dated 1970, owned by 0, no gzip name or date."""
    import gzip
    import tarfile

    folders = {str(parent) for path in files for parent in PurePosixPath(path).parents if str(parent) != "."}
    buffer = io.BytesIO()
    with (
        gzip.GzipFile(filename="", mode="wb", fileobj=buffer, mtime=0, compresslevel=9) as zipped,
        tarfile.open(fileobj=zipped, mode="w", format=tarfile.USTAR_FORMAT) as archive,
    ):
        for path in sorted(folders | set(files)):
            entry = tarfile.TarInfo(path)
            entry.mtime, entry.uid, entry.gid, entry.uname, entry.gname = 0, 0, 0, "", ""
            if path in files:
                entry.size, entry.mode = len(files[path]), TAR_MODES["file"]
                archive.addfile(entry, io.BytesIO(files[path]))
            else:
                entry.type, entry.mode = tarfile.DIRTYPE, TAR_MODES["dir"]
                archive.addfile(entry)
    return buffer.getvalue()


def version(archive: bytes) -> str:
    """The docset's version: made from its bytes, so it changes exactly when the docset does."""
    return hashlib.sha256(archive).hexdigest()[:12]


def docset_json(site: Site, archive: bytes) -> bytes:
    """docset.json in the form of Dash-User-Contributions' Sample_Docset."""
    record = {
        "name": site.config.title,
        "version": version(archive),
        "archive": ARCHIVE,
        "author": {"name": f"{site.config.title} maintainers", "link": site.config.base_url},
        "aliases": ["http", "HTTP status", "status codes", "HTTP response codes"],
        "specific_versions": [],
    }
    return (json.dumps(record, indent=4, ensure_ascii=False) + "\n").encode("utf-8")


def readme(site: Site, entries: tuple[IndexEntry, ...]) -> str:
    """README.md for Dash-User-Contributions: who, how to generate, what is in it, known problems."""
    counts = sorted({entry.type: sum(1 for item in entries if item.type == entry.type) for entry in entries}.items())
    kinds = ", ".join(f"{count} {kind}" for kind, count in counts)
    return f"""{site.config.title}
=======================

Every HTTP status code as a docset: its current IANA name and every former name, the defining
RFC section quoted word for word, when to use it, the constants libraries give it, IIS
sub-status codes and unofficial codes with the product that sends them. The pages are those of
{site.config.base_url}, built from the same content, for reading with no network.

Search keyword: `{KEYWORD}` (for example `{KEYWORD}:404` or `{KEYWORD}:StatusTooManyRequests`).
Index: {len(entries)} entries ({kinds}).

## Who

The maintainers of {site.config.base_url}.

## How to generate it

Prerequisites: Python 3.11, `make` and `git`; nothing is downloaded but the project's Python
packages. From a clone of the project:

```sh
make docset
```

This writes `dist/docset/`: `{BUNDLE}`, `{ARCHIVE}` (what Dash installs), `docset.json`, this
README and the icons. Copy all of them but the `.docset` folder into `docsets/{NAME}/`. The
same content always gives the same bytes, and `docset.json`'s version is made from the
archive's bytes, so it changes exactly when the docset does.

## Known bugs

None known.
"""
