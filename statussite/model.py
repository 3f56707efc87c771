"""The validated site: typed, immutable records that every later step reads."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from .clients import ClientRun, ScenarioRow, on_code_page, scenario_rows

CLASS_KEYS = ("1xx", "2xx", "3xx", "4xx", "5xx")
REQUIREMENTS = ("MUST", "MUST NOT", "SHOULD", "SHOULD NOT", "MAY")
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

    @property
    def caching(self) -> str:
        """"Yes" or "No", then any stronger rule: how the code page and comparisons put it."""
        return ("Yes" if self.cacheable else "No") + (f". {self.cache_note}" if self.cache_note else "")


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
class CodeFacts:
    """What a comparison says about one of its codes, in the author's words."""

    code: int
    means: str
    client: str
    fault: str | None = None
    method: str | None = None
    permanent: str | None = None


@dataclass(frozen=True)
class Comparison:
    """A page that sets look-alike codes side by side, as written in content/compare/<slug>.md."""

    title: str
    summary: str
    facts: tuple[CodeFacts, ...]
    body: str
    path: str
    body_line: int

    @property
    def codes(self) -> tuple[int, ...]:
        return tuple(item.code for item in self.facts)

    @property
    def slug(self) -> str:
        """"401-vs-403": the file name and the last part of the URL."""
        return "-vs-".join(str(code) for code in self.codes)

    @property
    def url(self) -> str:
        return f"compare/{self.slug}/"

    @property
    def label(self) -> str:
        return " vs ".join(str(code) for code in self.codes)


@dataclass(frozen=True)
class Answer:
    """One way out of a guide question: on to another question, or to a code with the reason."""

    text: str
    next: str | None
    code: int | None
    why: str | None

    def anchor(self, question: str) -> str:
        """Where a code answer stands on the guide page: "client-error-401"."""
        return f"{question}-{self.code}"


@dataclass(frozen=True)
class Question:
    key: str
    question: str
    answers: tuple[Answer, ...]


@dataclass(frozen=True)
class Guide:
    """The "Which status code should I use?" page, as written in content/guide.md."""

    title: str
    summary: str
    questions: tuple[Question, ...]
    body: str
    path: str
    body_line: int

    @property
    def url(self) -> str:
        return "guide/"

    def answers_for(self, code: int) -> tuple[tuple[Question, Answer], ...]:
        """Every situation in which the guide ends at `code`, for links back from its page."""
        return tuple((question, answer) for question in self.questions for answer in question.answers if answer.code == code)

    @property
    def codes(self) -> frozenset[int]:
        return frozenset(answer.code for question in self.questions for answer in question.answers if answer.code is not None)


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
    comparisons: tuple[Comparison, ...] = ()
    guide: Guide | None = None
    clients: tuple[ClientRun, ...] = ()  # measured client behaviour, one run per client configuration
    by_code: dict[int, StatusCode] = field(init=False, repr=False, compare=False)
    scenario_rows: tuple[ScenarioRow, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_code", {code.code: code for code in self.codes})
        object.__setattr__(self, "scenario_rows", scenario_rows(self.clients))

    def measured(self, code: StatusCode) -> tuple[ScenarioRow, ...]:
        """The measured scenarios a code's page shows (empty: the page has no clients section)."""
        return tuple(row for row in self.scenario_rows if on_code_page(row, code.code))

    def codes_in(self, status_class: StatusClass) -> tuple[StatusCode, ...]:
        return tuple(code for code in self.codes if code.status_class == status_class.key)

    def comparisons_of(self, code: StatusCode) -> tuple[Comparison, ...]:
        return tuple(item for item in self.comparisons if code.code in item.codes)

    def class_of(self, code: StatusCode) -> StatusClass:
        return next(item for item in self.classes if item.key == code.status_class)

    def neighbours(self, code: StatusCode) -> tuple[StatusCode | None, StatusCode | None]:
        """The previous and next code by number, for page navigation."""
        index = bisect_left(self.codes, code.code, key=lambda item: item.code)  # sorted by number
        previous = self.codes[index - 1] if index > 0 else None
        following = self.codes[index + 1] if index + 1 < len(self.codes) else None
        return previous, following
