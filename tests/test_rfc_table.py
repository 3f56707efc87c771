"""The RFC table (content/rfcs.yml): it covers every RFC the content names, its rows match the
RFCs' own first pages, and a wrong year, a wrong status or an unknown RFC written anywhere in
the content is refused at the mention's line and column. Also the code history facts it
dates: checked, and shown on the code page, the comparisons and in codes.json."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, run
from rfc_text import RFC_DIR
from statussite.validate.rfc_mentions import mentions
from test_content_errors import PROBLEM_LINE, edit, line_of

TABLE = ROOT / "content" / "rfcs.yml"
REFERENCE = Path(os.environ.get("RFC_REFERENCE_DIR", RFC_DIR))  # the shared reference texts
MENTION = re.compile(r"\bRFC\s(\d{1,5})\b")


def table_rows() -> dict[int, dict]:
    return {row["number"]: row for row in yaml.safe_load(TABLE.read_text(encoding="utf-8"))["rfcs"]}


def problems_of(result) -> set[tuple[str, int, int, str]]:
    """Every reported problem as (path, line, col, message); the run must have failed cleanly."""
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.strip().split("\n")
    assert lines[-1].endswith("nothing was written")
    matches = [PROBLEM_LINE.match(line) for line in lines[:-1]]
    assert all(matches), result.stderr
    return {(match["path"], int(match["line"]), int(match["col"]), match["message"]) for match in matches if match}


def reported(found: set[tuple[str, int, int, str]], path: str, line: int, col: int, words: str) -> bool:
    return any(item[:3] == (path, line, col) and words in item[3] for item in found)


def test_the_table_covers_every_rfc_the_content_names():
    named: dict[int, str] = {}
    for file in sorted((ROOT / "content").rglob("*")):
        if file.suffix in (".md", ".yml") and file != TABLE:
            for match in MENTION.finditer(file.read_text(encoding="utf-8")):
                named.setdefault(int(match.group(1)), file.relative_to(ROOT).as_posix())
    missing = {number: path for number, path in named.items() if number not in table_rows()}
    assert not missing, f"RFCs named in the content but not in content/rfcs.yml: {missing}"
    assert len(named) >= 30  # the content names some thirty RFCs; far fewer means the scan is broken


def test_rows_read_from_the_reference_texts_match_their_first_pages():
    rows = [row for row in table_rows().values() if row["source"].startswith("shared/reference/rfc/")]
    if not REFERENCE.is_dir():
        pytest.skip(f"the reference RFC texts are not at {REFERENCE}")
    assert len(rows) >= 15
    for row in rows:
        text = (REFERENCE / f"rfc{row['number']}.txt").read_text(encoding="utf-8")
        head = "\n".join(text.split("\n")[:40])
        assert re.search(rf"Request for Comments: {row['number']}\b", head), row["number"]
        assert f"Category: {row['category']}" in head, row["number"]
        month, year = row["published"].split()
        assert re.search(rf"\b(\d+ )?{month} {year}\b", head) or f"Published: {month} {year}" in head, row["number"]
        assert " ".join(row["title"].split()) in " ".join(head.split()), row["number"]
        obsoletes = re.search(r"Obsoletes: ([\d, ]+)", head)
        assert row["obsoletes"] == ([int(item) for item in obsoletes.group(1).replace(",", " ").split()] if obsoletes else []), row["number"]


def test_what_is_beside_a_mention_follows_the_documented_rule():
    found = {item.number: item for item in mentions("308 was first published in RFC 7238 (Experimental, June 2014); RFC 7538 (April 2015) obsoleted it.")}
    assert "Experimental, June 2014" in found[7238].beside and "April 2015" in found[7538].beside
    far = {item.number: item for item in mentions("RFC 4918, which replaced RFC 2518 as the WebDAV specification in 2007, dropped it.")}
    assert "2007" not in far[2518].beside  # five words away: not beside
    assert next(mentions("the 1999 RFC 2616 said so")).before == "1999"
    assert next(mentions("(RFC 2068). RFC 7231 widened it")).before == ""  # no word across a sentence end


def test_planted_wrong_years_status_and_unknown_rfcs_are_refused_at_their_mentions(project):
    code = "content/codes/301.md"
    body = (project / code).read_text(encoding="utf-8").rstrip("\n")
    planted = [  # a sentence, the mention it is refused at, and the message
        ("RFC 7538 (2014) obsoleted RFC 7238.", "RFC 7538", "'2014' is written beside RFC 7538"),
        ("Before it came the 1998 RFC 2616.", "RFC 2616", "'1998' is written beside RFC 2616"),
        ("308 was first defined in RFC 7538 (Experimental).", "RFC 7538", "RFC 7538 is called Experimental"),
        ("The joke code is in RFC 2324 (Historic).", "RFC 2324", "RFC 2324 is called Historic"),
        ("It is older than RFC 2616, obsoleted by RFC 9110.", "RFC 2616", "RFC 2616 is said to be obsoleted by RFC 9110"),
        ("See RFC 9999 for the rest.", "RFC 9999", "RFC 9999 is not in content/rfcs.yml"),
    ]
    (project / code).write_text(body + "\n\n" + "\n".join(text for text, _, _ in planted) + "\n", encoding="utf-8")
    first = len(body.split("\n")) + 2
    edit(project, "content/codes/413.md", "    document: RFC 7231\n", "    document: RFC 7321\n")
    former = line_of(project, "content/codes/413.md", "    document: RFC 7321")
    teapot = '  418 "I\'m a teapot" comes from RFC 2324 (May 1998), a joke RFC'
    edit(project, "content/codes/418.md", "  418 \"I'm a teapot\" comes from an April Fools' joke RFC", teapot)
    summary = line_of(project, "content/codes/418.md", teapot)
    found = problems_of(run(project, "check"))
    for offset, (text, mention, words) in enumerate(planted):
        assert reported(found, code, first + offset, text.index(mention) + 1, words), (first + offset, text, words, found)
    assert reported(found, "content/codes/413.md", former, 15, "RFC 7321 is not in content/rfcs.yml"), found
    assert reported(
        found, "content/codes/418.md", summary, teapot.index("RFC 2324") + 1, "'May 1998' is written beside RFC 2324, but it was published in April 1998"
    ), found


def test_a_malformed_table_row_is_refused_at_its_line(project):
    table = "content/rfcs.yml"
    edit(
        project,
        table,
        "    published: June 2022\n    category: Standards Track\n    obsoletes: [7234]",
        "    published: Summer 2022\n    category: Standards Track\n    obsoletes: [7234]",
    )
    bad_date = line_of(project, table, "    published: Summer 2022")
    edit(project, table, "  - number: 2068\n", "  - number: 1945\n")
    twice = line_of(project, table, "  - number: 1945") + 7
    edit(project, table, "    obsoleted_by: [7538]\n", "    obsoleted_by: []\n")
    edit(project, table, "    obsoletes: [2518]\n", "    obsoletes: [2518, 7238]\n")
    one_way = line_of(project, table, "    obsoletes: [2518, 7238]")
    found = problems_of(run(project, "check"))
    assert reported(found, table, bad_date, 5, "'published' must be the month and year"), found
    assert reported(found, table, twice, 5, "RFC 1945 is listed twice"), found
    assert reported(found, table, one_way, 23, "RFC 4918 obsoletes RFC 7238, but RFC 7238's 'obsoleted_by' does not list 4918"), found


def test_history_facts_are_checked_against_the_table_and_former_names(project):
    edit(project, "content/codes/413.md", "  renamed: [RFC 7231, RFC 9110]", "  renamed: [RFC 9110]")
    renamed = line_of(project, "content/codes/413.md", "  renamed:")
    edit(project, "content/codes/308.md", "  defined: RFC 7238\n", "  defined: RFC 7238\n  defined_year: 2015\n")
    year = line_of(project, "content/codes/308.md", "  defined_year:")
    edit(project, "content/codes/305.md", "  retired: RFC 7231\n", "")
    edit(project, "content/codes/402.md", "  defined_url: https://www.w3.org/Protocols/HTTP/HTRESP.html\n", "")
    draft = line_of(project, "content/codes/402.md", "  defined:")
    edit(project, "content/codes/404.md", "history:\n  defined: RFC 1945\n", "")
    guide = (project / "content/guide.md").read_text(encoding="utf-8").rstrip("\n")
    claim = "Note that 410 was added in HTTP/1.1 (RFC 2616)."
    (project / "content/guide.md").write_text(guide + "\n\n" + claim + "\n", encoding="utf-8")
    found = problems_of(run(project, "check"))
    claimed = "this sentence says 410 comes from RFC 2616, but content/codes/410.md says it was first defined in RFC 2068"
    assert reported(found, "content/guide.md", len(guide.split("\n")) + 2, claim.index("RFC 2616") + 1, claimed), found
    assert reported(found, "content/codes/413.md", renamed, 3, "'history.renamed' lists 1 renaming(s) but 'former_names' has 2 name(s)"), found
    assert reported(found, "content/codes/308.md", year, 3, "'history.defined_year' is 2015, but RFC 7238 was published in June 2014"), found
    assert any(item[0] == "content/codes/305.md" and "'history.retired' must name the RFC" in item[3] for item in found), found
    assert reported(found, "content/codes/402.md", draft, 3, "is not an RFC: give 'history.defined_year' and 'history.defined_url'"), found
    assert any(item[0] == "content/codes/404.md" and "missing required field 'history'" in item[3] for item in found), found


def test_history_facts_show_on_the_code_page_the_comparisons_and_in_the_data(site):
    page = (site / "308" / "index.html").read_text(encoding="utf-8")
    facts = page[page.index('id="history-facts"') :]
    facts = facts[: facts.index("</dl>")]
    assert '<dt>First defined</dt><dd><a href="https://www.rfc-editor.org/rfc/rfc7238.html">RFC 7238</a>' in facts
    assert "(Experimental, June 2014)" in facts
    assert page.index('id="history"') < page.index('id="history-facts"')  # under the body's History section
    renamed = (site / "413" / "index.html").read_text(encoding="utf-8")
    assert "<dt>Renamed to Payload Too Large</dt>" in renamed and "<dt>Renamed to Content Too Large</dt>" in renamed
    retired = (site / "510" / "index.html").read_text(encoding="utf-8")
    assert "<dt>Made obsolete</dt>" in retired and "now Historic" in retired
    compare = (site / "compare" / "400-vs-422" / "index.html").read_text(encoding="utf-8")
    assert (
        '<th scope="row">History</th><td>First defined in RFC 1945 (1996)</td><td>First defined in RFC 2518 (1999); renamed to Unprocessable Content in RFC 9110 (2022)</td>'
        in compare
    )
    record = json.loads((site / "422.json").read_text(encoding="utf-8"))
    assert record["history"] == {"defined": "RFC 2518", "defined_year": None, "defined_url": None, "renamed": ["RFC 9110"], "retired": None}
