"""Share pure-Python work between this process and forked ones, one per spare CPU core.

Rendering holds the GIL, so threads would not help; a forked worker starts in milliseconds
with everything already imported and loaded. Results come back in the original order, and if
any worker fails, the whole job runs again here, so errors surface exactly as without workers.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

MIN_SHARE = 25  # items per process below which forking costs more than it saves


def split_work(work: Callable[[list[Item]], list[Result]], items: list[Item]) -> list[Result]:
    """`work(items)`: one result per item, in order, computed by up to one process per core."""
    processes = min(os.cpu_count() or 1, len(items) // MIN_SHARE)
    if processes < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return work(items)
    context = multiprocessing.get_context("fork")
    shares = [items[index::processes] for index in range(processes)]  # interleaved: even loads
    workers: list[tuple[multiprocessing.context.ForkProcess, Connection]] = []
    for share in shares[1:]:
        receiver, sender = context.Pipe(duplex=False)
        worker = context.Process(target=_send_work, args=(work, share, sender), daemon=True)
        worker.start()
        sender.close()
        workers.append((worker, receiver))
    try:
        results: list[list[Result] | None] = [work(shares[0])]
    except Exception:  # redone below, so that the error is the one a single process meets first
        results = [None]
    for worker, receiver in workers:
        try:
            results.append(receiver.recv())
        except EOFError:
            results.append(None)
        receiver.close()
        worker.join()
    done = [result for result in results if result is not None]
    if len(done) < len(results):
        return work(items)
    # Item `position` went to share `position % processes`, at `position // processes` in it.
    return [done[position % processes][position // processes] for position in range(len(items))]


def _send_work(work: Callable[[list[Item]], list[Result]], share: list[Item], sender: Connection) -> None:
    """In a worker: send the results back, or None if the work failed (the parent redoes it)."""
    try:
        results: list[Result] | None = work(share)
    except BaseException:
        results = None
    try:
        sender.send(results)
    except OSError:  # the parent is gone
        pass
