"""The validated site: typed, immutable records that every later step reads."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

CLASS_KEYS = ("1xx", "2xx", "3xx", "4xx", "5xx")
STATUSES = ("standard", "unofficial", "unused", "deprecated", "obsoleted", "temporary")
LIBRARIES = {
    "python": "Python http.HTTPStatus",
    "go": "Go net/http",
    "spring": "Java Spring HttpStatus",
    "dotnet": ".NET HttpStatusCode",
    "rust": "Rust http::StatusCode",
    "rails": "Ruby on Rails (Rack) symbol",
}


@dataclass(frozen=True)
class Source:
    document: str
    section: str
    url: str

    @property
    def citation(self) -> str:
        return f"{self.document}, section {self.section}"


@dataclass(frozen=True)
class FormerName:
    name: str
    document: str


@dataclass(frozen=True)
class HeaderField:
    field: str
    requirement: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Vendor:
    name: str
    note: str
    url: str | None = None


@dataclass(frozen=True)
class StatusCode:
    """One status code page, as written in content/codes/<code>.md."""

    code: int
    name: str
    status_class: str
    status: str
    summary: str
    source: Source | None
    spec_text: str | None
    vendor: Vendor | None
    former_names: tuple[FormerName, ...]
    related: tuple[int, ...]
    headers: tuple[HeaderField, ...]
    cacheable: bool
    cache_note: str | None
    content_allowed: bool
    constants: tuple[tuple[str, str], ...]
    keywords: tuple[str, ...]
    body: str
    path: str
    body_line: int

    @property
    def url(self) -> str:
        return f"{self.code}/"

    @property
    def title(self) -> str:
        return f"{self.code} {self.name}"

    @property
    def standard(self) -> bool:
        return self.status != "unofficial"


@dataclass(frozen=True)
class StatusClass:
    """One class page (1xx ... 5xx), as written in content/classes/<class>.md."""

    key: str
    name: str
    source: Source
    spec_text: str
    summary: str
    keywords: tuple[str, ...]
    body: str
    path: str
    body_line: int

    @property
    def url(self) -> str:
        return f"{self.key}/"

    @property
    def title(self) -> str:
        return f"{self.key} {self.name}"


@dataclass(frozen=True)
class SiteConfig:
    title: str
    description: str
    base_url: str
    language: str


@dataclass(frozen=True)
class Site:
    """Everything the renderer needs; codes sorted by number, classes by digit."""

    config: SiteConfig
    classes: tuple[StatusClass, ...]
    codes: tuple[StatusCode, ...]
    by_code: dict[int, StatusCode] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_code", {code.code: code for code in self.codes})

    def codes_in(self, status_class: StatusClass) -> tuple[StatusCode, ...]:
        return tuple(code for code in self.codes if code.status_class == status_class.key)

    def class_of(self, code: StatusCode) -> StatusClass:
        return next(item for item in self.classes if item.key == code.status_class)

    def neighbours(self, code: StatusCode) -> tuple[StatusCode | None, StatusCode | None]:
        """The previous and next code by number, for page navigation."""
        index = bisect_left(self.codes, code.code, key=lambda item: item.code)  # sorted by number
        previous = self.codes[index - 1] if index > 0 else None
        following = self.codes[index + 1] if index + 1 < len(self.codes) else None
        return previous, following
