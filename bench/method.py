"""The benchmark's method, which a busy machine cannot flatter: paired rounds and a noise check.

Each round times our run and Hugo's back to back (alternating which goes first), so a change
of load hits both; the figure is the median of the per-round ratios, with its range. Hugo's own
times are the noise gauge: it does the same work every round, so if they spread by more than
MAX_SPREAD (max - min over the median) the machine was not steady, the ratio is refused, and
the series is run again, up to ATTEMPTS times.
"""

from __future__ import annotations

import os
import statistics
from collections.abc import Callable
from dataclasses import dataclass

MAX_SPREAD = 0.25
ATTEMPTS = 3
ROUNDS = 7


@dataclass(frozen=True)
class Paired:
    """One series: our times and Hugo's, round by round, and the load average around it."""

    ours: tuple[float, ...]
    hugo: tuple[float, ...]
    load_before: float
    load_after: float
    gauge: tuple[float, ...] = ()  # what Hugo's steadiness is judged by, if not its times (see edit_series)

    @property
    def ratios(self) -> list[float]:
        return [a / b for a, b in zip(self.ours, self.hugo)]

    @property
    def ratio(self) -> float:
        return statistics.median(self.ratios)

    @property
    def hugo_spread(self) -> float:
        """How far Hugo's own work moved (max - min of the gauge) against Hugo's median figure."""
        gauge = self.gauge or self.hugo
        return (max(gauge) - min(gauge)) / statistics.median(self.hugo)

    @property
    def steady(self) -> bool:
        return self.hugo_spread <= MAX_SPREAD


def load() -> float:
    return os.getloadavg()[0]


def paired(ours: Callable[[int], float], hugo: Callable[[int], float], rounds: int = ROUNDS, warm_up: int = 1) -> Paired:
    """Time `ours(n)` and `hugo(n)` in each of `rounds` rounds after `warm_up` untimed ones."""
    for number in range(warm_up):
        ours(-1 - number)
        hugo(-1 - number)
    before = load()
    mine: list[float] = []
    theirs: list[float] = []
    for number in range(rounds):
        if number % 2:  # who goes first alternates, so a trend in the load favours neither
            theirs.append(hugo(number))
            mine.append(ours(number))
        else:
            mine.append(ours(number))
            theirs.append(hugo(number))
    return Paired(tuple(mine), tuple(theirs), before, load())


def steady_series(label: str, measure: Callable[[], Paired], say: Callable[[str], None]) -> Paired:
    """`measure()` until Hugo's times are steady, at most ATTEMPTS times; the last series either way."""
    for attempt in range(1, ATTEMPTS + 1):
        series = measure()
        if series.steady:
            return series
        say(
            f"  {label}: Hugo's own times spread {series.hugo_spread:.0%} (over {MAX_SPREAD:.0%}; load {series.load_before:.2f} -> {series.load_after:.2f}): "
            + ("too noisy, running it again" if attempt < ATTEMPTS else f"still too noisy after {ATTEMPTS} series; no ratio reported")
        )
    return series


def seconds(values: tuple[float, ...]) -> str:
    """Median and range: "0.53 s (0.50-0.61)"."""
    return f"{statistics.median(values):.3f} s ({min(values):.3f}-{max(values):.3f})"
