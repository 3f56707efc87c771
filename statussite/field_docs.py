"""Tables in docs/ made from the code they describe, so they cannot drift from it.

Front-matter tables (docs/content.md) sit between `<!-- fields: KIND -->` and `<!-- /fields -->`:
their field, required and type columns are made from the schema the validator uses; only the
meaning column is written by hand and is kept when the table is made again. Blocks between
`<!-- generated: NAME -->` and `<!-- /generated -->` (the data files' fields and CSV columns in
docs/data-files.md, the measured results' fields in docs/measurement.md and docs/servers.md) are
made whole from the code. `python -m statussite.field_docs` rewrites
them all (a new schema field gets a row with an empty meaning to fill in); `--check` reports
every difference as `path:line:col: message` and exits 1, as the tests do.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from .json_schema import class_properties, code_properties, field_rows, field_schema
from .json_schema import type_text as schema_type
from .pages import page_table
from .pipeline import Project, load_site
from .problems import Problem
from .records import CSV_COLUMNS
from .results_format import CLIENT_RESULTS, SERVER_RESULTS, Field, Format
from .validate.classes import CLASS_SCHEMA
from .validate.codes import CODE_SCHEMA
from .validate.compare import COMPARISON_SCHEMA
from .validate.constants import ENTRY, LIBRARY_SCHEMA
from .validate.guide import GUIDE_SCHEMA
from .validate.rfc_table import RFC_SCHEMA
from .validate.schema import Boolean, Integer, Kind, Line, ListOf, Moved, Record, Text, Url
from .validate.substatus import SUBSTATUS_SCHEMA

DOC = "docs/content.md"
DOCS = (DOC, "docs/data-files.md", "docs/measurement.md", "docs/servers.md", "docs/architecture.md")  # every file with generated tables
# Kind of content file -> (the schema its front-matter is checked against, where that is defined).
SCHEMAS: dict[str, tuple[Record, str]] = {
    "code": (CODE_SCHEMA, "CODE_SCHEMA in statussite/validate/codes.py"),
    "class": (CLASS_SCHEMA, "CLASS_SCHEMA in statussite/validate/classes.py"),
    "comparison": (COMPARISON_SCHEMA, "COMPARISON_SCHEMA in statussite/validate/compare.py"),
    "guide": (GUIDE_SCHEMA, "GUIDE_SCHEMA in statussite/validate/guide.py"),
    "constants": (LIBRARY_SCHEMA, "LIBRARY_SCHEMA in statussite/validate/constants.py"),
    "constant-name": (ENTRY, "ENTRY in statussite/validate/constants.py"),
    "iis-substatus": (SUBSTATUS_SCHEMA, "SUBSTATUS_SCHEMA in statussite/validate/substatus.py"),
    "rfcs": (RFC_SCHEMA, "RFC_SCHEMA in statussite/validate/rfc_table.py"),
}
HEADER = "| field | required | type | meaning |\n|---|---|---|---|\n"
START = re.compile(r"^<!-- fields: (?P<kind>[\w-]+) -->$", re.MULTILINE)
END = "<!-- /fields -->"
PLURAL = {"whole number": "whole numbers", "http(s) URL": "http(s) URLs"}
ROW = re.compile(r"^\| `(?P<field>[^`]+)` \| (?P<required>[^|]*) \| (?P<type>[^|]*) \| (?P<meaning>.*) \|$")


@dataclass(frozen=True)
class Row:
    """One front-matter field as the schema has it: `source.url`, `headers[].note`."""

    field: str
    required: bool
    type: str

    def line(self, meaning: str) -> str:
        return f"| `{self.field}` | {'yes' if self.required else 'no'} | {self.type} | {meaning} |"


def type_text(kind: Kind) -> str:
    """What an author may write, in the words of the docs."""
    if isinstance(kind, Text):
        return "one of " + ", ".join(f"`{choice}`" for choice in kind.choices) if kind.choices else "text"
    if isinstance(kind, Line):
        return f"one line of text, at most {kind.limit} characters"
    if isinstance(kind, Url):
        return "http(s) URL"
    if isinstance(kind, Integer):
        return "whole number"
    if isinstance(kind, Boolean):
        return "true / false"
    if isinstance(kind, ListOf):
        item = type_text(kind.item)
        return "list of mappings" if isinstance(kind.item, Record) else f"list of {PLURAL.get(item, item)}"
    if isinstance(kind, Record):
        return "mapping"
    raise TypeError(f"field_docs.type_text: no wording for {type(kind).__name__}; add one")


def rows(record: Record, prefix: str = "") -> Iterator[Row]:
    """Every field, then the fields inside it (`source.url`, `codes[].means`), in schema order."""
    for key, spec in record.fields.items():
        if isinstance(spec.kind, Moved):
            continue  # not a field any more: it only tells an author where it went
        name = prefix + key
        yield Row(name, spec.required, type_text(spec.kind))
        if isinstance(spec.kind, Record):
            yield from rows(spec.kind, name + ".")
        elif isinstance(spec.kind, ListOf) and isinstance(spec.kind.item, Record):
            yield from rows(spec.kind.item, name + "[].")


@dataclass(frozen=True)
class Table:
    """One generated table as found in the docs: its kind, where its rows start, what they say."""

    kind: str
    start: int  # offset of the first character after the start marker's line
    end: int  # offset of the end marker
    first_line: int  # 1-based line of the header row
    meanings: dict[str, tuple[int, str]]  # field -> (line, meaning)
    lines: list[str]


def tables(text: str) -> Iterator[Table]:
    for match in START.finditer(text):
        start = match.end() + 1
        end = text.find(END, start)
        if end < 0:
            end = len(text)
        first_line = text.count("\n", 0, start) + 1
        lines = text[start:end].rstrip("\n").split("\n") if end > start else []
        meanings = {}
        for number, line in enumerate(lines, first_line):
            if row := ROW.match(line):
                meanings[row["field"]] = (number, row["meaning"].strip())
        yield Table(match["kind"], start, end, first_line, meanings, lines)


def generated(kind: str, schema: Record, meanings: Mapping[str, tuple[int, str]]) -> str:
    return HEADER + "".join(row.line(meanings.get(row.field, (0, ""))[1]) + "\n" for row in rows(schema))


def check(text: str, schemas: Mapping[str, tuple[Record, str]] = SCHEMAS, doc: str = DOC) -> list[Problem]:
    """Every way the tables in `text` differ from the schemas, one problem each."""
    problems: list[Problem] = []
    found = {table.kind: table for table in tables(text)}
    for kind in schemas.keys() - found.keys():
        problems.append(Problem(doc, 1, 1, f"no table of {kind} fields: add '<!-- fields: {kind} -->' and '{END}' and run `python -m statussite.field_docs`"))
    for kind, table in found.items():
        if kind not in schemas:
            problems.append(Problem(doc, table.first_line - 1, 1, f"a table of '{kind}' fields, but no content kind has that name ({', '.join(schemas)})"))
            continue
        schema, where = schemas[kind]
        expected = list(rows(schema))
        names = {row.field for row in expected}
        for row in expected:
            if row.field not in table.meanings:
                problems.append(
                    Problem(
                        doc,
                        table.first_line,
                        1,
                        f"{kind} field '{row.field}' ({where}) is not documented: run `python -m statussite.field_docs` and describe it",
                    )
                )
            elif not table.meanings[row.field][1]:
                problems.append(Problem(doc, table.meanings[row.field][0], 1, f"{kind} field '{row.field}' has no meaning: describe it in the last column"))
        for field, (line, _) in table.meanings.items():
            if field not in names:
                problems.append(
                    Problem(doc, line, 1, f"the row for {kind} field '{field}' names no field of {where}: remove it or run `python -m statussite.field_docs`")
                )
        want = generated(kind, schema, table.meanings).rstrip("\n").split("\n")
        if not problems and table.lines != want:
            line = next((number for number, (have, should) in enumerate(zip(table.lines, want), table.first_line) if have != should), table.first_line)
            problems.append(Problem(doc, line, 1, f"the table of {kind} fields differs from {where} (required or type): run `python -m statussite.field_docs`"))
    return sorted(problems)


def rewrite(text: str, schemas: Mapping[str, tuple[Record, str]] = SCHEMAS) -> str:
    """`text` with every table made again from the schemas, keeping each field's meaning."""
    for table in sorted(tables(text), key=lambda table: table.start, reverse=True):
        if table.kind in schemas:
            text = text[: table.start] + generated(table.kind, schemas[table.kind][0], table.meanings) + text[table.end :]
    return text


def json_table(properties: dict[str, object]) -> str:
    lines = ["| field | type | meaning |", "|---|---|---|"]
    lines += [f"| `{name}` | {kind} | {description} |" for name, kind, description in field_rows(dict(properties))]
    return "\n".join(lines) + "\n"


def csv_table() -> str:
    lines = ["| column | meaning |", "|---|---|"] + [f"| `{column.name}` | {column.description} |" for column in CSV_COLUMNS]
    return "\n".join(lines) + "\n"


def result_fields(fields: tuple[Field, ...], prefix: str = "") -> Iterator[tuple[str, Field]]:
    """Every field of a results format with its path (`results[].calls[].page.url`), in order."""
    for spec in fields:
        yield prefix + spec.name, spec
        yield from result_fields(spec.fields, prefix + spec.name + ("[]." if spec.kind == "list" else "."))


def results_table(form: Format) -> str:
    """A measured results file's fields, from its declaration (statussite/results_format.py)."""
    lines = ["| field | always there | type | meaning |", "|---|---|---|---|"]
    lines += [
        f"| `{name}` | {'yes' if spec.required else 'no'} | {schema_type(field_schema(spec))} | {spec.description} |"
        for name, spec in result_fields(form.fields)
    ]
    return "\n".join(lines) + "\n"


# Whole blocks made from the code: name -> its Markdown.
GENERATED: dict[str, Callable[[], str]] = {
    "code-record": lambda: json_table(code_properties()),
    "class-record": lambda: json_table(class_properties()),
    "csv-columns": csv_table,
    "client-results": lambda: results_table(CLIENT_RESULTS),
    "server-results": lambda: results_table(SERVER_RESULTS),
    "pages": lambda: page_table(load_site(Project(Path(__file__).resolve().parents[1]))),
}
BLOCK = re.compile(r"^<!-- generated: (?P<name>[\w-]+) -->\n(?P<body>.*?)^<!-- /generated -->$", re.MULTILINE | re.DOTALL)


def check_generated(text: str, doc: str) -> list[Problem]:
    problems = []
    for match in BLOCK.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        if match["name"] not in GENERATED:
            problems.append(Problem(doc, line, 1, f"no generated block is called '{match['name']}' ({', '.join(GENERATED)})"))
        elif match["body"] != GENERATED[match["name"]]():
            problems.append(Problem(doc, line, 1, f"the block '{match['name']}' differs from the code it is made from: run `python -m statussite.field_docs`"))
    return problems


def rewrite_generated(text: str) -> str:
    def made(match: re.Match[str]) -> str:
        make = GENERATED.get(match["name"])
        return match[0] if make is None else f"<!-- generated: {match['name']} -->\n{make()}<!-- /generated -->"

    return BLOCK.sub(made, text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m statussite.field_docs", description=f"Make the front-matter tables of {DOC} from the schemas.")
    parser.add_argument("--check", action="store_true", help="report differences and exit 1 instead of rewriting the file")
    args = parser.parse_args(argv)
    problems = []
    for doc in DOCS:
        path = Path.cwd() / doc
        text = path.read_text(encoding="utf-8")
        if not args.check:
            text = rewrite_generated(rewrite(text) if doc == DOC else text)
            path.write_text(text, encoding="utf-8")
        problems += (check(text) if doc == DOC else []) + check_generated(text, doc)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return 1
    print(f"{', '.join(DOCS)}: the generated tables match the code")
    return 0


if __name__ == "__main__":
    sys.exit(main())
