"""The search query set, and running it through the site's own search code in a browser page.

Shared by the browser tests and `make bench-search`, so both judge the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

QUERIES = Path(__file__).with_name("search_queries.tsv")
# Written by someone who saw only the IANA names, never content/: how the search does on
# words its authors did not choose. Reported by the benchmark; the targets apply to QUERIES.
INDEPENDENT_QUERIES = Path(__file__).with_name("search_queries_independent.tsv")


@dataclass(frozen=True)
class Query:
    text: str
    expected: str  # the key of the entry that must come first: "404", "4xx"
    kind: str


def load_queries(path: Path = QUERIES) -> list[Query]:
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return [Query(text, expected, kind) for text, expected, kind in rows]


# Loads the page's index script and ranks every query with window.StatusSearch (static/search.js).
RANK_ALL = """async ([queries, indexUrl]) => {
  if (!window.STATUS_SEARCH_INDEX) {
    await new Promise((done, fail) => {
      const script = document.createElement("script");
      script.src = indexUrl; script.onload = done; script.onerror = fail;
      document.head.appendChild(script);
    });
  }
  const index = new window.StatusSearch.Index(window.STATUS_SEARCH_INDEX);
  return queries.map((q) => index.search(q).slice(0, 10).map((entry) => entry.key));
}"""


def rank_all(page, queries: list[Query]) -> list[list[str]]:
    """The top ten keys for each query, ranked by the site's search in `page` (any built page)."""
    index_url = page.get_attribute("#search", "data-index")
    return page.evaluate(RANK_ALL, [[q.text for q in queries], index_url])


def reciprocal_rank(expected: str, ranked: list[str]) -> float:
    return 1 / (ranked.index(expected) + 1) if expected in ranked else 0.0
