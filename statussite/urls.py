"""The one place that turns a site path into a link, so templates never build URLs by hand.

Site paths are written from the site root without a leading slash: "" (home), "404/",
"static/style.css", "not-found.html". A page's links are relative to the page, so the same
output works under any base path and from disk; a bundle for reading from disk also names
`index.html` explicitly, because a browser will not open a folder from file://.
"""

from __future__ import annotations

from dataclasses import dataclass, replace


def output_file(path: str) -> str:
    """The file written for a site path: "404/" -> "404/index.html", "" -> "index.html"."""
    return path + "index.html" if path == "" or path.endswith("/") else path


@dataclass(frozen=True)
class Links:
    """Makes links for the page at `page`.

    `root` set (for example "/docs/") makes root-relative links instead, for the not-found
    page that a server shows at any unknown path, where relative links would point nowhere.
    """

    page: str
    directory_urls: bool = True
    root: str | None = None

    def __call__(self, target: str) -> str:
        path, hash_, fragment = target.partition("#")
        if not self.directory_urls:
            path = output_file(path)
        if self.root is not None:
            link = self.root + path
        elif path == self.page and hash_:
            link = ""
        else:
            link = _relative(path, self.page)
        return link + hash_ + fragment

    @property
    def root_folder(self) -> str:
        """The link to the site's root folder ("../"), for scripts that append site paths to it."""
        return replace(self, directory_urls=True)("")


def _relative(path: str, page: str) -> str:
    """What posixpath.relpath gives for two site paths, without its cost (a page has dozens of links)."""
    folder = page.rpartition("/")[0].split("/") if "/" in page else []
    target = path.rstrip("/").split("/") if path.rstrip("/") else []
    common = 0
    while common < min(len(folder), len(target)) and folder[common] == target[common]:
        common += 1
    link = "/".join([".."] * (len(folder) - common) + target[common:]) or "."
    if path == "" or path.endswith("/"):
        return "./" if link == "." else link + "/"
    return link
