"""What a run found: one `Outcome` per operation and per flow, grouped by layer."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Status = Literal["passed", "failed", "skipped"]

NOT_SELECTED = "not selected (--include/--exclude)"
"""The reason of every operation or flow the options left out (the summary counts them on one line)."""
ANOTHER_SHARD = "in another shard"
"""How the reason of an operation or flow dealt to another `--shard` begins (`merge` fills those in)."""


def elsewhere(reason: str) -> bool:
    """Whether an outcome was skipped because this run does not cover it (not selected, another shard)."""
    return reason == NOT_SELECTED or reason.startswith(ANOTHER_SHARD)


@dataclass(slots=True)
class Outcome:
    """The verdict on one operation (layer 1) or one flow (layer 2).

    `reason` is the first failure's reason (or why it was skipped), `reproduction` what to run to
    see it again (a curl command, or the SDK call), and `details` everything else worth reading.
    """

    name: str
    title: str
    status: Status
    reason: str = ""
    reproduction: str = ""
    details: str = ""
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)
    calls: int = 0
    """How many calls (SDK or raw HTTP) a flow made."""


@dataclass(slots=True)
class LayerReport:
    """One layer's outcomes, how many cases it ran, how long it took, and what else it said."""

    key: Literal["spec", "flows"]
    title: str
    outcomes: list[Outcome] = field(default_factory=list)
    cases: int | None = None
    """Test cases schemathesis generated (layer 1), calls the flows made (layer 2)."""
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)
    skipped: str = ""

    def count(self, status: Status) -> int:
        """How many outcomes have this status."""
        return sum(1 for outcome in self.outcomes if outcome.status == status)

    @property
    def failed(self) -> bool:
        """Whether any outcome failed."""
        return self.count("failed") > 0
