"""Everything one run of the harness was told (built by `cli.py` from the command line and the environment)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from .shard import Shard

Layer = Literal["all", "spec", "flows"]


@dataclass(frozen=True, slots=True)
class Settings:
    """One run's settings. Keys are never printed: reports say which key, not what it is."""

    base_url: str
    api_key: str
    spec: Path
    report_dir: Path
    admin_key: str | None = None
    second_key: str | None = None
    layer: Layer = "all"
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    max_time: int | None = None
    max_examples: int | None = None
    phases: tuple[str, ...] = ("examples", "coverage", "fuzzing", "stateful")
    seed: int | None = None
    workers: int = 1
    request_timeout: float = 15.0
    baseline: Path | None = None
    baseline_update: bool = False
    model: str | None = None
    allow_writes: bool = False
    verbose: bool = False
    shard: Shard | None = None

    @property
    def runs_spec(self) -> bool:
        """Whether layer 1 (schemathesis) is wanted."""
        return self.layer in ("all", "spec")

    @property
    def runs_flows(self) -> bool:
        """Whether layer 2 (the SDK flows) is wanted."""
        return self.layer in ("all", "flows")
