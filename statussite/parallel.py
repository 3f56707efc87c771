"""Share pure-Python work between this process and forked ones, one per spare CPU core.

Rendering holds the GIL, so threads would not help; a forked worker starts in milliseconds
with everything already imported and loaded. Results come back in the original order, and if
any worker fails, the work is done again here, so errors surface exactly as without workers.
"""

from __future__ import annotations

import mmap
import multiprocessing
import multiprocessing.synchronize
import os
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from types import TracebackType
from typing import Generic, TypeVar

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


class _Counter:
    """The next item to take, shared by a process and its forked worker (memory mapped before the fork)."""

    def __init__(self, lock: multiprocessing.synchronize.Lock) -> None:
        self._memory = mmap.mmap(-1, 8)  # anonymous and shared: the worker sees this process's writes
        self._lock = lock

    def take(self) -> int:
        with self._lock:
            taken = int.from_bytes(self._memory[:8], "little")
            self._memory[:8] = (taken + 1).to_bytes(8, "little")
        return taken


class Ahead(Generic[Item, Result]):
    """Items worked through by a forked worker from the moment they are known, while this process
    does other work; `finish` then takes the items still left here. Each item is taken once, by
    whichever process is free first, so the two cores end together however the work is split.

    Use it as a context manager: leaving the block stops a worker whose results were not needed
    (the build failed validation before rendering).
    """

    def __init__(self, make_work: Callable[[], Callable[[Item], Result]], items: Sequence[Item]) -> None:
        self._make_work, self._items = make_work, items
        self._worker: multiprocessing.context.ForkProcess | None = None
        self._receiver: Connection | None = None
        if len(items) < MIN_SHARE or (os.cpu_count() or 1) < 2 or "fork" not in multiprocessing.get_all_start_methods():
            self._counter = None
            return
        context = multiprocessing.get_context("fork")
        self._counter = _Counter(context.Lock())
        self._receiver, sender = context.Pipe(duplex=False)
        self._worker = context.Process(target=_work_ahead, args=(make_work, items, self._counter, sender), daemon=True)
        self._worker.start()
        sender.close()

    def finish(self) -> list[Result]:
        """Every item's result, in order. An item whose work fails, here or in the worker, is done
        again here last, in order, so the error raised is the one a single process meets first."""
        work = self._make_work()
        done: dict[int, Result] = {}
        while self._counter is not None and (index := self._counter.take()) < len(self._items):
            try:
                done[index] = work(self._items[index])
            except Exception:
                pass
        done.update(self._collect())
        return [done[index] if index in done else work(item) for index, item in enumerate(self._items)]

    def _collect(self) -> dict[int, Result]:
        """The worker's results: every item it took and finished."""
        if self._worker is None or self._receiver is None:
            return {}
        try:
            results: dict[int, Result] = self._receiver.recv()
        except EOFError:  # the worker died
            results = {}
        self.close()
        return results

    def close(self) -> None:
        if self._worker is not None:
            if self._worker.is_alive():
                self._worker.kill()
            self._worker.join()
            self._worker = None
        if self._receiver is not None:
            self._receiver.close()
            self._receiver = None

    def __enter__(self) -> Ahead[Item, Result]:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        self.close()


def _work_ahead(make_work: Callable[[], Callable[[Item], Result]], items: Sequence[Item], counter: _Counter, sender: Connection) -> None:
    """In the worker: take items until none is left, then send back what was done."""
    done: dict[int, Result] = {}
    try:
        work = make_work()
        while (index := counter.take()) < len(items):
            done[index] = work(items[index])
    except BaseException:
        pass  # the item that failed is not in `done`: the parent does it again
    try:
        sender.send(done)
    except OSError:  # the parent is gone
        pass
