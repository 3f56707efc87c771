"""The validated site: typed, immutable records that every later step reads."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from .clients import ClientRun, EngineLine, ScenarioRow, code_measurements, engine_lines, on_code_page, scenario_rows
from .servers import CodeServers, ServerIndex, ServerRow, ServerRun, code_view, server_index, server_rows

CLASS_KEYS = ("1xx", "2xx", "3xx", "4xx", "5xx")
REQUIREMENTS = ("MUST", "MUST NOT", "SHOULD", "SHOULD NOT", "MAY")
NAME_SLOT = "{name}"  # in a library's usage line: where the code's own name goes
STATUSES = ("standard", "unofficial", "unused", "deprecated", "obsoleted", "temporary")


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
class Rfc:
    """One row of content/rfcs.yml: an RFC as its own first page describes it."""

    number: int
    title: str
    month: str
    year: int
    category: str  # as published: Standards Track, Informational, Experimental, Best Current Practice
    status: str | None  # set only where the RFC Editor reclassified it (Historic)
    obsoletes: tuple[int, ...]
    obsoleted_by: tuple[int, ...]
    source: str  # where the row was read

    @property
    def name(self) -> str:
        return f"RFC {self.number}"

    @property
    def url(self) -> str:
        return f"https://www.rfc-editor.org/rfc/rfc{self.number}.html"

    @property
    def described(self) -> str:
        """ "Experimental, June 2014; now Historic": how a history line qualifies it."""
        text = f"{self.category}, {self.month} {self.year}"
        return text + (f"; now {self.status}" if self.status else "")


@dataclass(frozen=True)
class HistoryFacts:
    """A code's front-matter `history` as written (codes.json carries it so); see Milestone for the resolved steps."""

    defined: str
    defined_year: int | None = None
    defined_url: str | None = None
    renamed: tuple[str, ...] | None = None
    retired: str | None = None


@dataclass(frozen=True)
class Milestone:
    """One fact of a code's history, from its front-matter `history`, resolved against the RFC table."""

    event: str  # defined, renamed, deprecated, obsoleted, unused
    document: str  # "RFC 7238", or a document that is not an RFC
    year: int
    url: str
    described: str  # "Experimental, June 2014" for an RFC, the year otherwise
    name: str | None = None  # for a renaming: the name it was given

    @property
    def label(self) -> str:
        """What happened, for the page: "First defined", "Renamed to Content Too Large"."""
        labels = {"defined": "First defined", "deprecated": "Deprecated", "obsoleted": "Made obsolete", "unused": "Marked unused"}
        return f"Renamed to {self.name}" if self.event == "renamed" else labels[self.event]


@dataclass(frozen=True)
class HeaderField:
    field: str
    requirement: str | None = None
    note: str | None = None
    conditional: bool = False  # the requirement holds only in the case the note describes


@dataclass(frozen=True)
class ExampleStatus:
    """The code an example shows instead of the page's own, and why (nginx answers and logs 400 for its internal 494)."""

    code: int
    reason: str


@dataclass(frozen=True)
class Vendor:
    name: str
    note: str
    url: str | None = None


@dataclass(frozen=True)
class GrpcMapping:
    """What gRPC makes of the code: the status a client reports on receiving it without a
    grpc-status (gRPC's HTTP-to-gRPC table), and the google.rpc.Code values mapped to it."""

    client_status: str
    from_grpc: tuple[str, ...]


@dataclass(frozen=True)
class SubStatus:
    """One IIS sub-status code (500.19), as written in content/iis-substatus.yml."""

    code: str
    base: int
    name: str
    meaning: str
    fix: str
    source_title: str
    source_url: str

    @property
    def anchor(self) -> str:
        """Its id on the base code's page: "iis-500-19"."""
        return "iis-" + self.code.replace(".", "-")


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
    example_status: ExampleStatus | None
    keywords: tuple[str, ...]
    body: str
    path: str
    body_line: int
    grpc: GrpcMapping | None = None
    substatus: tuple[SubStatus, ...] = ()
    history: tuple[Milestone, ...] = ()  # from front-matter `history`, oldest first
    history_facts: HistoryFacts | None = None  # the same, as written
    retry: str | None = None  # front-matter `retry`: whether and when the same request may be sent again

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
        """ "Yes" or "No", then any stronger rule: how the code page and comparisons put it."""
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
        """ "401-vs-403": the file name and the last part of the URL."""
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
class Installed:
    """The library release a registry here carries, which the tests load and check against."""

    registry: str  # PyPI, npm, Debian, Python, Node.js
    package: str
    version: str

    @property
    def label(self) -> str:
        """Short, for the page: "Debian 2.2.22" (the package is the library's own)."""
        return f"{self.registry} {self.version}"


@dataclass(frozen=True)
class Upstream:
    """A library's source file at a named release, read where no registry here has that release."""

    repo: str  # owner/name on GitHub
    file: str
    tag: str

    @property
    def label(self) -> str:
        """Short, for the page: "v3.1.22", or "commit 8b9361fc" (a bare hash says nothing)."""
        return f"commit {self.tag[:8]}" if len(self.tag) == 40 else self.tag

    @property
    def url(self) -> str:
        return f"https://github.com/{self.repo}/blob/{self.tag}/{self.file}"


@dataclass(frozen=True)
class Constant:
    """One name a library gives a code, bare as the library defines it (NOT_FOUND, StatusNotFound)."""

    name: str
    since: str | None = None  # the library version that added it
    deprecated: str | bool | None = None  # the version that deprecated it, or True when none is known
    until: str | None = None  # the version that removed it
    replacement: str | None = None  # the bare name to use instead


@dataclass(frozen=True)
class Library:
    """One library's status-code constants, as written in content/constants/<key>.yml."""

    key: str
    name: str
    ecosystem: str
    usage: str  # the import line or namespace a reader needs; "{name}" stands for the code's name
    prefix: str  # what comes before each name in code: "http.", "HTTPStatus.", ":"
    note: str | None
    installed: Installed | None
    upstream: Upstream | None
    codes: tuple[tuple[int, tuple[Constant, ...]], ...]  # by code, in order
    path: str

    def names_for(self, code: int) -> tuple[Constant, ...]:
        return self._by_code.get(code, ())

    @cached_property
    def _by_code(self) -> dict[int, tuple[Constant, ...]]:
        return dict(self.codes)

    @cached_property
    def classes(self) -> frozenset[str]:
        """The classes the library has any constant in: a code of these without one is "none".
        Kept once computed: every code page, record and search entry asks (4,000 times a build)."""
        return frozenset(f"{code // 100}xx" for code, _ in self.codes)

    def shown(self, name: str) -> str:
        """The name as written in code: "http.StatusNotFound"."""
        return self.prefix + name

    def usage_for(self, names: tuple[Constant, ...]) -> str | None:
        """The usage line on one code's page: a line that shows a name ("head {name}") shows this
        code's own (`head :bad_gateway` on the 502 page, never 404's); None when it has none."""
        if NAME_SLOT not in self.usage:
            return self.usage
        return self.usage.replace(NAME_SLOT, self.shown(names[0].name)) if names else None

    def checked_for(self, constant: Constant) -> str:
        """What a name was checked against: the installed release, or the upstream one for a name
        that the installed release predates or no longer has."""
        if self.installed and not self.upstream_only(constant):
            return self.installed.label
        return self.upstream.label if self.upstream else ""

    def upstream_only(self, constant: Constant) -> bool:
        """True when the installed release cannot have the name (added later, or removed)."""
        if self.installed is None:
            return True
        installed = version_key(self.installed.version)
        if constant.since and version_key(constant.since) > installed:
            return True
        return bool(constant.until and version_key(constant.until) <= installed)


def version_key(version: str) -> tuple[int, ...]:
    """ "3.13" -> (3, 13): versions compare by number, so 3.9 comes before 3.13."""
    return tuple(int(part) for part in version.split(".") if part.isdigit())


@dataclass(frozen=True)
class Snippet:
    """A complete program that sends `code`, as in content/snippets/<framework>/<code>.<ext>."""

    framework: str
    code: int
    text: str  # the file's exact text: what the page shows and the test runs
    run: str  # the command in its `run:` comment
    path: str

    @property
    def file_name(self) -> str:
        """The name the run command expects: 404.py."""
        return self.path.rsplit("/", 1)[-1]


@dataclass(frozen=True)
class CannotSend:
    """A code a framework cannot send, with why (content/snippets/cannot.yml)."""

    code: int
    framework: str
    reason: str


@dataclass(frozen=True)
class Sending:
    """One framework's entry in a code page's "Send it" section: a snippet, or why there is none."""

    framework: str
    label: str
    version: str
    snippet: Snippet | None
    reason: str | None


@dataclass(frozen=True)
class Snippets:
    """Every snippet and every code a framework cannot send, with the framework versions tested."""

    snippets: tuple[Snippet, ...] = ()
    cannot: tuple[CannotSend, ...] = ()
    versions: tuple[tuple[str, str], ...] = ()  # framework -> version, as measured
    labels: tuple[tuple[str, str], ...] = ()  # framework -> label, in page order

    def for_code(self, code: int) -> tuple[Sending, ...]:
        """Each framework with a snippet or a reason for `code`, in the registry's order."""
        versions = dict(self.versions)
        written = {item.framework: item for item in self.snippets if item.code == code}
        reasons = {item.framework: item.reason for item in self.cannot if item.code == code}
        return tuple(
            Sending(key, label, versions.get(key, ""), written.get(key), reasons.get(key)) for key, label in self.labels if key in written or key in reasons
        )


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
    libraries: tuple[Library, ...] = ()
    snippets: Snippets = field(default_factory=Snippets)
    clients: tuple[ClientRun, ...] = ()  # measured client behaviour, one run per client configuration
    servers: tuple[ServerRun, ...] = ()  # measured server and proxy behaviour, one run per software and role
    more: Mapping[str, tuple[object, ...]] = field(default_factory=dict, compare=False)  # items of kinds declared outside the package (kinds.py), by kind
    by_code: dict[int, StatusCode] = field(init=False, repr=False, compare=False)
    server_rows: tuple[ServerRow, ...] = field(init=False, repr=False, compare=False)
    server_index: ServerIndex = field(init=False, repr=False, compare=False)
    scenario_rows: tuple[ScenarioRow, ...] = field(init=False, repr=False, compare=False)
    measurements: dict[int, list[dict[str, Any]]] = field(init=False, repr=False, compare=False)  # code -> its records' `clients`

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_code", {code.code: code for code in self.codes})
        object.__setattr__(self, "scenario_rows", scenario_rows(self.clients))
        object.__setattr__(self, "server_rows", server_rows(self.servers))
        object.__setattr__(self, "server_index", server_index(self.servers, self.server_rows))
        object.__setattr__(self, "measurements", code_measurements(self.scenario_rows))

    def measured(self, code: StatusCode) -> tuple[ScenarioRow, ...]:
        """The measured scenarios a code's page shows (empty: the page has no clients section)."""
        return tuple(row for row in self.scenario_rows if on_code_page(row, code.code))

    def browsers(self, code: StatusCode) -> tuple[EngineLine, ...]:
        """The code page's "Browsers" summary, one line per engine (empty: no headline scenario)."""
        return engine_lines(self.scenario_rows, code.code)

    def servers_for(self, code: StatusCode) -> CodeServers:
        """The measured servers and proxies a code's page shows (empty: no servers section)."""
        return code_view(self.server_index, code.code)

    def constants_for(self, code: StatusCode) -> tuple[tuple[Library, tuple[Constant, ...]], ...]:
        """Each library's names for `code`: none at all when no library has one, else every library
        with constants in the code's class, an empty tuple standing for "none"."""
        rows = tuple((library, library.names_for(code.code)) for library in self.libraries if code.status_class in library.classes)
        return rows if any(names for _, names in rows) else ()

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
