"""Fuzzing: broken content of every kind gets `path:line:col` lines and exit 1, never a
traceback, a hang or a half-written output folder.

`make test` runs a fixed, derandomised set of cases; `make fuzz` runs many more
(FUZZ_EXAMPLES, default 1000 there) and prints how many it tried. Each case runs the real
command line in its own process, bounded in time and memory, over one copy of the project.
"""

from __future__ import annotations

import os
import re
import resource
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import BUILD, copy_project, tree_digest

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "30"))
SECONDS = 20  # a few seconds of real work at most; a hang is stopped here and fails the case
MEMORY = 1024 * 1024 * 1024  # a few hundred MB is the most a build may need; 1 GB is a failure
PROBLEM_LINE = re.compile(r"^[^:\s][^:]*:\d+:\d+: .+$")
TARGET = "content/codes/404.md"
REAL = (Path(__file__).resolve().parents[1] / TARGET).read_bytes()
FRONT_END = REAL.index(b"\n---\n", 4)  # where the real front-matter closes


@dataclass
class Tally:
    tried: int = 0
    refused: int = 0
    kinds: dict[str, int] = field(default_factory=dict)


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def run_build(project: Path, out: Path, seconds: float = SECONDS) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(BUILD), "build", "--out", str(out)],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=seconds,
        preexec_fn=_limit_memory,
    )


# Each strategy makes the bytes of a content file that is broken by construction.
def _yaml_value() -> st.SearchStrategy[str]:
    return st.one_of(
        st.integers(min_value=-(10**30), max_value=10**30).map(str),
        st.integers(min_value=1, max_value=6000).map(lambda digits: "9" * digits),
        st.floats(allow_nan=True).map(repr),
        st.sampled_from(
            ["yes", "no", "~", "null", "[]", "{}", "2024-13-45", "1e999", ".inf", "!!binary AAAA", "&a x", "*a", "|", ">-", "'", '"', "- - -", "? x"]
        ),
        st.text(max_size=40).map(lambda text: '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'),
    )


FIELDS = [
    "code",
    "name",
    "class",
    "status",
    "summary",
    "related",
    "headers",
    "cacheable",
    "content_allowed",
    "keywords",
    "former_names",
    "source",
    "example_status",
]
real_text = REAL.decode("utf-8")

random_bytes = st.binary(max_size=3000).map(lambda data: b"---\n" + data)
truncated = st.integers(min_value=0, max_value=FRONT_END).map(lambda cut: REAL[:cut])


def _with_value(field: str, value: str) -> bytes:
    """404.md with `field` set to `value` (added if 404.md lacks it) and an unknown field, so the
    file is broken whatever the value turns out to be."""
    line = f"{field}: {value}\nzz_unknown: 1"
    text, count = re.subn(rf"^{field}:.*$", lambda _: line, real_text, count=1, flags=re.MULTILINE)
    return (text if count else real_text.replace("---\n", "---\n" + line + "\n", 1)).encode("utf-8")


wrong_type = st.tuples(st.sampled_from(FIELDS), _yaml_value()).map(lambda pair: _with_value(*pair))
nested = st.tuples(st.integers(min_value=1, max_value=20000), st.sampled_from(["[", "{a: ", "- "]), st.booleans()).map(
    lambda spec: real_text.replace("keywords:", "deep: " + spec[1] * spec[0] + ("" if spec[2] else "]" * spec[0]) + "\nkeywords: [", 1).encode("utf-8")
)
control = st.tuples(st.integers(min_value=0, max_value=len(REAL)), st.sampled_from([b"\x00", b"\x02", b"\x03", b"\x1b", b"\x7f", b"\r", b"\x0c"])).map(
    lambda spec: REAL[: spec[0]] + spec[1] + REAL[spec[0] :] + b"\n<br/ x>"
)
invalid_utf8 = st.tuples(st.integers(min_value=0, max_value=len(REAL)), st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80"])).map(
    lambda spec: REAL[: spec[0]] + spec[1] + REAL[spec[0] :]
)
bom_crlf = st.tuples(st.booleans(), st.booleans()).map(
    lambda spec: (b"\xef\xbb\xbf" if spec[0] else b"") + (REAL.replace(b"\n", b"\r\n") if spec[1] else REAL).replace(b"cacheable: true", b"cacheable: maybe")
)
bodies = st.one_of(
    st.just(""),
    st.just("   \n\n"),
    st.integers(min_value=140_000, max_value=400_000).map(lambda size: "x" * size),
    st.text(alphabet="<>[]()*_`#!-|:&;/\\\"' \nabc", max_size=4000).map(lambda text: text + "\n<x>"),
    st.integers(min_value=1, max_value=3000).map(lambda n: "[" * n + "<y>" + "](" * n),
    st.integers(min_value=1, max_value=3000).map(lambda n: "*" * n + "_" * n + " <z>"),
)
hostile_body = bodies.map(lambda body: REAL[: FRONT_END + 5] + body.encode("utf-8"))
yaml_text = st.text(max_size=1500).map(lambda text: ("---\n" + text + "\n---\n").encode("utf-8", "surrogatepass"))

CASES = {
    "random bytes": random_bytes,
    "truncated": truncated,
    "wrong type": wrong_type,
    "nested": nested,
    "control characters": control,
    "invalid UTF-8": invalid_utf8,
    "BOM and CRLF": bom_crlf,
    "hostile body": hostile_body,
    "random YAML": yaml_text,
}


@pytest.fixture(scope="module")
def fuzz_project(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, str]]:
    project = copy_project(tmp_path_factory.mktemp("fuzz") / "project")
    out = project.parent / "out"
    result = run_build(project, out, seconds=300)  # the one full build, not a fuzz case
    assert result.returncode == 0, result.stderr
    return project, out, tree_digest(out)


def test_broken_content_is_reported_never_crashes_hangs_or_writes(fuzz_project: tuple[Path, Path, dict[str, str]]) -> None:
    project, out, good = fuzz_project
    tally = Tally()

    @settings(max_examples=EXAMPLES, derandomize="FUZZ_EXAMPLES" not in os.environ, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(kind=st.sampled_from(sorted(CASES)), data=st.data())
    def case(kind: str, data: st.DataObject) -> None:
        content = data.draw(CASES[kind], label=kind)
        path = project / TARGET
        try:
            path.write_bytes(content)
            try:
                result = run_build(project, out)
            except subprocess.TimeoutExpired:
                pytest.fail(f"{kind}: the build ran past {SECONDS} s (a hang)")
            tally.tried += 1
            tally.kinds[kind] = tally.kinds.get(kind, 0) + 1
            output = result.stdout + result.stderr
            assert "Traceback" not in output, f"{kind}: traceback\n{output[-3000:]}"
            assert result.returncode == 1, f"{kind}: exit {result.returncode}\n{output[-2000:]}"
            lines = result.stderr.rstrip("\n").split("\n")
            assert lines[-1].endswith("nothing was written"), output[-2000:]
            bad = [line for line in lines[:-1] if not PROBLEM_LINE.match(line)]
            assert not bad, f"{kind}: lines that are not path:line:col: message: {bad[:3]}"
            assert any(line.startswith(TARGET + ":") for line in lines[:-1]), f"{kind}: the broken file is not named\n{output[-2000:]}"
            assert tree_digest(out) == good, f"{kind}: the old output was changed"
            tally.refused += 1
        finally:
            path.write_bytes(REAL)

    case()
    print(f"\nfuzz: {tally.tried} cases tried, {tally.refused} refused as path:line:col, tracebacks 0, hangs 0; by kind: {tally.kinds}")
    assert tally.tried >= min(EXAMPLES, 10)
    shutil.rmtree(project / "_site", ignore_errors=True)
