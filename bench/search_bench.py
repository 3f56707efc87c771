"""`make bench-search`: how well and how fast the site's search answers, beside MiniSearch.

Builds the real site, opens it from disk in headless Chromium (Debian's), and runs the query
set in tests/search_queries.tsv through static/search.js and through MiniSearch (npm) over the
very same index entries. Prints accuracy, mean reciprocal rank, time per query and gzip sizes.
"""

from __future__ import annotations

import gzip
import subprocess
import sys
import tempfile
from pathlib import Path

import rjsmin

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from checks.browser import chromium  # noqa: E402
from search_harness import INDEPENDENT_QUERIES, QUERIES, Query, load_queries, reciprocal_rank  # noqa: E402

MINISEARCH = ROOT / "node_modules/minisearch/dist/umd/index.js"
ROUNDS = 30

# Runs every query ROUNDS times through one engine; returns rankings and ms per query.
# MiniSearch gets the same fields and the same weights as ours, prefix search and its
# documented typo setting (fuzzy 0.2), so the comparison is of engines, not of data.
RUN = """([engine, queries, rounds]) => {
  const data = window.STATUS_SEARCH_INDEX;
  const weights = {name: 10, former: 8, keywords: 6, headers: 4, vendor: 4, summary: 2, body: 1};
  let search;
  if (engine === "ours") {
    const index = new window.StatusSearch.Index(data);
    search = (q) => index.search(q).map((e) => e.key);
  } else {
    const docs = data.entries.map((row) => Object.fromEntries(data.fields.map((f, i) => [f, row[i]])));
    const mini = new MiniSearch({fields: data.fields, idField: "key",
      searchOptions: {boost: {key: 20, ...weights}, prefix: true, fuzzy: 0.2}});
    mini.addAll(docs);
    search = (q) => mini.search(q).map((hit) => hit.id);
  }
  const ranked = queries.map((q) => search(q).slice(0, 10));
  const start = performance.now();
  for (let round = 0; round < rounds; round++) for (const q of queries) search(q);
  return {ranked, ms: (performance.now() - start) / (rounds * queries.length)};
}"""


def gzip_size(data: bytes) -> int:
    return len(gzip.compress(data, 9, mtime=0))


def build_site(out: Path) -> Path:
    subprocess.run([sys.executable, str(ROOT / "build.py"), "build", "--out", str(out)], check=True, capture_output=True)
    return out


def main() -> None:
    query_sets = {path.name: load_queries(path) for path in (QUERIES, INDEPENDENT_QUERIES)}
    with tempfile.TemporaryDirectory() as temp, chromium() as browser:
        site = build_site(Path(temp) / "site")
        index_file = next(site.glob("static/search-index.*.js"))
        index_bytes = index_file.read_bytes()
        script_bytes = next(site.glob("static/search.*.js")).read_bytes()
        page = browser.new_page()
        page.goto((site / "index.html").as_uri())
        page.add_script_tag(path=str(index_file))
        page.add_script_tag(path=str(MINISEARCH))
        results = {
            name: {engine: page.evaluate(RUN, [engine, [q.text for q in queries], ROUNDS]) for engine in ("ours", "minisearch")}
            for name, queries in query_sets.items()
        }
        version = browser.version

    minisearch_min = rjsmin.jsmin(MINISEARCH.read_text(encoding="utf-8")).encode("utf-8")
    script_sizes = {"ours": gzip_size(script_bytes), "minisearch": gzip_size(minisearch_min)}
    print(f"Search benchmark in headless Chromium {version}")
    print(f"Index (search-index.js, shared by both): {gzip_size(index_bytes) / 1024:.1f} KB gzip ({len(index_bytes) / 1024:.1f} KB raw)")
    print(
        "Search script gzip: ours {:.1f} KB, MiniSearch {:.1f} KB (its UMD build, comments and spaces removed by rjsmin)".format(
            script_sizes["ours"] / 1024, script_sizes["minisearch"] / 1024
        )
    )
    for name, queries in query_sets.items():
        print()
        print(f"{name}: {len(queries)} queries")
        print(f"  {'engine':<12}{'top-1':>9}{'in top 3':>10}{'MRR':>7}{'ms/query':>10}")
        for engine, result in results[name].items():
            print("  " + score_line("ours" if engine == "ours" else "MiniSearch", queries, result))
        for q, ranked in zip(queries, results[name]["ours"]["ranked"]):
            if ranked[:1] != [q.expected]:
                print(f"    ours missed: {q.text!r} ({q.kind}) wanted {q.expected}, got {' '.join(ranked[:3])}")


def score_line(name: str, queries: list[Query], result: dict) -> str:
    ranks = result["ranked"]
    top1 = sum(r[:1] == [q.expected] for q, r in zip(queries, ranks)) / len(queries)
    top3 = sum(q.expected in r[:3] for q, r in zip(queries, ranks)) / len(queries)
    mrr = sum(reciprocal_rank(q.expected, r) for q, r in zip(queries, ranks)) / len(queries)
    return f"{name:<12}{top1:>9.1%}{top3:>10.1%}{mrr:>7.3f}{result['ms']:>10.3f}"


if __name__ == "__main__":
    main()
