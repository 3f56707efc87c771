"""What a gate found and what it measured."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Report:
    """One gate's result: `findings` fail the gate (one line each), `figures` are for reading."""

    gate: str
    findings: list[str] = field(default_factory=list)
    figures: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.findings
