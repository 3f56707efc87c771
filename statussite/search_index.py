"""The client-side search index: one small classic script built from the model.

A classic `<script src>` is the one way a page opened from disk (file://) can load data, so
the index is JavaScript that assigns a global, not JSON to fetch. It carries plain text per
field; static/search.js tokenises it when it loads, which keeps the file small.
"""

from __future__ import annotations

import heapq
import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field

from .model import Comparison, Guide, Site, StatusClass, StatusCode, SubStatus
from .search_constants import EXACT_SCRIPT, constant_key, constant_keys
from .servers import PageWords, error_tokens, telling_words

# The order of each record's fields; static/search.js weighs them in this order.
FIELDS = ("key", "name", "former", "keywords", "headers", "vendor", "summary", "body")
BODY_TERMS = 6  # per entry: what fits the 15 KB gzip budget (make bench-search prints the size)
GLOBAL = "STATUS_SEARCH_INDEX"
WORD = re.compile(r"[a-z][a-z0-9]+(?:-[a-z0-9]+)*")
DIGIT = re.compile(r"\d")
NOT_PROSE = re.compile(r"```.*?```|\]\([^)]*\)|<[^>]*>", re.S)  # code blocks, link targets, HTML tags
# Words too common in bodies to tell one code from another; they only make the index bigger.
STOP_WORDS = frozenset(
    """about after again all also an and any are as at be because been before being both but by
    can could did do does doing done each either even every for from get gets got has have how
    if in into is it its itself just like may might more most much must need no not now of on
    once one only or other our out over own same see should so some such than that the their
    them then there these they this those through to too two under until up use used uses using
    very was way we were what when where whether which while who why will with would yet you
    your""".split()
)


@dataclass
class KeptTerms:
    """What the dev server keeps of the body terms from one build to the next: each body's word
    counts (by its text) and, while the bodies stay the same, their idf weights and each entry's
    terms (by its body and its other fields' text). An edit that leaves every body as it was
    (a name, a summary) redoes only the entries whose fields changed."""

    counts: dict[str, Counter[str]] = field(default_factory=dict)
    bodies: tuple[str, ...] = ()
    weight: dict[str, float] = field(default_factory=dict)
    chosen: dict[tuple[str, str], str] = field(default_factory=dict)


def body_terms(bodies: dict[str, str], shown: dict[str, str], per_entry: int, kept: KeptTerms | None = None) -> dict[str, str]:
    """For each entry, the few body words that best tell it apart (highest tf-idf).

    The whole bodies would be forty times the index budget; their most distinctive words keep
    most of what a body search finds. Words the entry's other fields hold are left out, and so
    are code blocks, link targets, numbers and stop words.
    """
    kept = KeptTerms() if kept is None else kept
    texts = tuple(bodies.values())
    if texts != kept.bodies:
        counts = {body: kept.counts.get(body) or Counter(_words(body)) for body in texts}
        document_frequency = Counter(word for body in texts for word in counts[body])  # by entry: two may share a body
        total = len(texts)
        weight = {word: math.log(total / frequency) for word, frequency in document_frequency.items()}  # idf, once a word
        kept.counts, kept.bodies, kept.weight, kept.chosen = counts, texts, weight, {}
    chosen = {}
    for key, body in bodies.items():
        if (body, shown[key]) not in kept.chosen:
            known = set(WORD.findall(shown[key].lower()))
            # The highest scores first, ties by word: sorted(...)[:per_entry], without sorting every word.
            best = heapq.nsmallest(per_entry, [(-(count * kept.weight[word]), word) for word, count in kept.counts[body].items() if word not in known])
            kept.chosen[(body, shown[key])] = " ".join(word for negative, word in best if negative < 0)
        chosen[key] = kept.chosen[(body, shown[key])]
    return chosen


def _words(body: str) -> list[str]:
    prose = NOT_PROSE.sub(" ", body)
    return [word for word in WORD.findall(prose.lower()) if len(word) > 2 and word not in STOP_WORDS and not DIGIT.search(word)]


def code_entry(code: StatusCode) -> list[str]:
    """A code's searchable fields, without body terms (see body_terms). The gRPC codes that
    google.rpc maps to it are keywords ("RESOURCE_EXHAUSTED" reads as two words)."""
    grpc = code.grpc.from_grpc if code.grpc else ()
    return [
        str(code.code),
        code.name,
        "; ".join(item.name for item in code.former_names),
        "; ".join((*code.keywords, *grpc)),
        " ".join(item.field for item in code.headers),
        code.vendor.name if code.vendor else "",
        plain(code.summary),
    ]


def with_error_pages(entry: list[str], words: PageWords) -> list[str]:
    """A code's keywords with the words of the default error pages measured with it that lead to
    it, so that a phrase pasted from such a page ("Backend fetch failed") finds the code; the
    page's other words are body words (site_body_terms), a weaker hint."""
    keywords = FIELDS.index("keywords")
    return [*entry[:keywords], "; ".join(part for part in (entry[keywords], words.leading) if part), *entry[keywords + 1 :]]


def with_error_tokens(keys: dict[str, str], site: Site) -> dict[str, str]:
    """The exact-match keys of library constants, plus the error names proxies send with a code
    (`ERR_READ_ERROR` pasted from Squid's X-Squid-Error puts 502 first), by the same rules."""
    out = dict(keys)
    for code in site.codes:
        extra = [constant_key(token) for token in error_tokens(site.server_index, code.code)]
        if extra:
            out[str(code.code)] = " ".join(dict.fromkeys([*out.get(str(code.code), "").split(), *extra]))
    return out


def class_entry(status_class: StatusClass) -> list[str]:
    return [status_class.key, status_class.name, "", "; ".join(status_class.keywords), "", "", plain(status_class.summary)]


def substatus_entry(row: SubStatus) -> list[str]:
    """An IIS sub-status row: its number ("500.19") is the key and IIS the vendor. Its name is
    its summary, weighed like one, so that "rate limit" still finds 429 before 403.502; the
    number typed exactly finds the row first (static/search.js)."""
    return [row.code, "", "", "", "", "IIS", row.name]


def comparison_entry(item: Comparison) -> list[str]:
    """A comparison, found by its title and by "401 vs 403"; no summary, for the index's size."""
    return [item.url.rstrip("/"), item.title, "", item.label, "", "", ""]


def guide_entry(guide: Guide) -> list[str]:
    return [guide.url.rstrip("/"), guide.title, "", "choose a status code", "", "", ""]


# The API page: what readers who want the data type, its files' names included ("codes.json").
API_ENTRY = ["api", "Status codes as data", "", "codes.json; codes.csv; json; csv", "", "", ""]


def plain(text: str) -> str:
    """Summaries mark header names as `code`; results show them as plain text."""
    return text.replace("`", "")


# Each kind's entries (kinds.py), by key; pages.site_entries joins them. static/search.js makes each key a link.
def code_entries(site: Site) -> dict[str, list[str]]:
    """Codes by number ("404"), with the words of the error pages measured with them."""
    return {str(code.code): with_error_pages(code_entry(code), telling_words(site.server_index, code.code)) for code in site.codes}


def class_entries(site: Site) -> dict[str, list[str]]:
    return {item.key: class_entry(item) for item in site.classes}


def comparison_entries(site: Site) -> dict[str, list[str]]:
    """Comparisons by path: "compare/401-vs-403"."""
    return {item.url.rstrip("/"): comparison_entry(item) for item in site.comparisons}


def guide_entries(site: Site) -> dict[str, list[str]]:
    return {site.guide.url.rstrip("/"): guide_entry(site.guide)} if site.guide else {}


def api_entries(site: Site) -> dict[str, list[str]]:
    return {API_ENTRY[0]: API_ENTRY}


def substatus_entries(site: Site) -> dict[str, list[str]]:
    """IIS sub-status rows by number ("500.19")."""
    return {row.code: substatus_entry(row) for code in site.codes for row in code.substatus}


def site_body_terms(site: Site, entries: dict[str, list[str]], kept: KeptTerms | None = None) -> dict[str, str]:
    """Each entry's BODY_TERMS most distinctive body words, by key (see body_terms); entries
    without a body (the API page, sub-status rows) have none. A code's body words end with
    the gRPC status a client reports for it, when that is not UNKNOWN, and the words of its
    default error pages that lead to another code (telling_words). Pages other than codes
    and classes carry none: their titles and summaries find them, and the index has no room."""
    bodies = {str(code.code): code.body for code in site.codes} | {item.key: item.body for item in site.classes}
    terms = body_terms(bodies, {key: " ".join(entries[key]) for key in bodies}, BODY_TERMS, kept)
    for code in site.codes:
        extra = [terms[str(code.code)], telling_words(site.server_index, code.code).other]
        if code.grpc and code.grpc.client_status != "UNKNOWN" and code.grpc.client_status not in code.grpc.from_grpc:
            extra.append(code.grpc.client_status.lower().replace("_", " "))
        terms[str(code.code)] = " ".join(part for part in extra if part)
    return {key: terms.get(key, "") for key in entries}


def search_index_script(site: Site, entries: dict[str, list[str]], directory_urls: bool = True, kept: KeptTerms | None = None) -> str:
    """The index as a classic script assigning window.STATUS_SEARCH_INDEX; `entries`: every
    page's searchable fields by key (pages.site_entries).

    Each entry is a list in FIELDS order (lists keep the file small). Pages are named by key;
    `page` says what follows the key in a link ("" on the web, "index.html" on disk).
    `constants` and the script after the data find a pasted library constant (search_constants).
    """
    terms = site_body_terms(site, entries, kept)
    data = {
        "fields": FIELDS,
        "page": "" if directory_urls else "index.html",
        "entries": [[*fields, terms[key]] for key, fields in entries.items()],
        "constants": with_error_tokens(constant_keys(site), site),
    }
    return f"window.{GLOBAL}={json.dumps(data, ensure_ascii=False, separators=(',', ':'))};\n" + EXACT_SCRIPT
