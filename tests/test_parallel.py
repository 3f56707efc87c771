"""Work shared with a forked worker (statussite/parallel.py): every result once and in order,
the error a single process would meet, nothing left running."""

from __future__ import annotations

import multiprocessing
import os
import time

import pytest

from conftest import copy_project
from statussite.parallel import Ahead
from statussite.pipeline import Project, build
from statussite.problems import BuildError

ITEMS = list(range(60))


def slow_square(item: int) -> tuple[int, int]:
    time.sleep(0.005)  # long enough that the worker, started at once, takes some items
    return item * item, os.getpid()


def test_ahead_gives_every_result_in_order_with_the_work_shared():
    with Ahead(lambda: slow_square, ITEMS) as ahead:
        results = ahead.finish()
    assert [square for square, _ in results] == [item * item for item in ITEMS]
    processes = {pid for _, pid in results}
    assert os.getpid() in processes and len(processes) == 2, "both this process and the worker took items"
    assert multiprocessing.active_children() == []


def test_ahead_with_too_few_items_works_here_alone():
    with Ahead(lambda: slow_square, ITEMS[:3]) as ahead:
        assert multiprocessing.active_children() == []
        assert {pid for _, pid in ahead.finish()} == {os.getpid()}


def failing_at(*bad: int):
    def work(item: int) -> int:
        time.sleep(0.002)
        if item in bad:
            raise ValueError(f"item {item}")
        return item

    return work


def test_ahead_raises_the_error_of_the_first_failing_item_as_one_process_would():
    with Ahead(lambda: failing_at(45, 12), ITEMS) as ahead, pytest.raises(ValueError, match="^item 12$"):
        ahead.finish()
    assert multiprocessing.active_children() == []


def test_a_worker_that_dies_leaves_its_items_to_this_process():
    parent = os.getpid()

    def work(item: int) -> int:
        if os.getpid() != parent and item >= 10:
            os._exit(3)  # the worker dies without a word
        time.sleep(0.002)
        return item

    with Ahead(lambda: work, ITEMS) as ahead:
        assert ahead.finish() == ITEMS
    assert multiprocessing.active_children() == []


def test_leaving_the_block_unfinished_stops_the_worker():
    with Ahead(lambda: slow_square, ITEMS):
        assert len(multiprocessing.active_children()) == 1
    assert multiprocessing.active_children() == []


def test_a_build_refused_by_validation_leaves_no_worker_and_writes_nothing(tmp_path):
    project = copy_project(tmp_path / "project")
    page = project / "content/codes/404.md"
    page.write_text(page.read_text(encoding="utf-8").replace("class: 4xx", "class: 9xx", 1), encoding="utf-8")
    with pytest.raises(BuildError) as refused:
        build(Project(project), tmp_path / "out")
    assert any(problem.path == "content/codes/404.md" for problem in refused.value.problems)
    assert multiprocessing.active_children() == []
    assert not (tmp_path / "out").exists()


def test_a_template_error_met_while_both_processes_write_pages_leaves_the_output_as_it_was(tmp_path):
    project = copy_project(tmp_path / "project")
    out = tmp_path / "out"
    build(Project(project), out)
    before = sorted(path.relative_to(out).as_posix() for path in out.rglob("*"))
    template = project / "templates/code.html"
    template.write_text(template.read_text(encoding="utf-8").replace("{{ code.summary }}", "{{ code.sumary }}", 1), encoding="utf-8")
    with pytest.raises(BuildError) as refused:
        build(Project(project), out)
    assert [problem.path for problem in refused.value.problems] == ["templates/code.html"]
    assert sorted(path.relative_to(out).as_posix() for path in out.rglob("*")) == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["out", "project"], "no half-written folder is left beside it"
    assert multiprocessing.active_children() == []
