"""`--include` / `--exclude` / `--shard`: which operations (layer 1) and flows (layer 2) a run covers.

Each name is a tag (operations and flows both carry the spec's tags), an operationId or a flow
name; one option may list several, comma-separated (`--include completions,models`). With no
`--include` everything is selected; with some, only what they name. `--exclude` then drops what
it names. An unknown name is an error (exit code 2), so a typo never silently tests nothing.

`--shard K/N` then keeps this job's share (see `shard.py`): the others are reported as
"in another shard", which `parley-contract merge` fills in from the other jobs' reports.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .errors import HarnessError
from .flows import FLOWS, Flow
from .shard import Shard, split
from .spec import Operation, Spec


@dataclass(frozen=True, slots=True)
class Selection:
    """The operations and flows one run covers."""

    operations: tuple[Operation, ...]
    flows: tuple[Flow, ...]
    filtered: bool
    """Whether `--include`/`--exclude`/`--shard` narrowed the operations (schemathesis then gets them by id)."""
    narrowed: bool = False
    """Whether `--include`/`--exclude` narrowed the run (then unrouted operations are skipped, not failed)."""
    elsewhere: frozenset[str] = frozenset()
    """Operations and flows selected but left to other shards."""
    shard: Shard | None = None

    def has_links(self) -> bool:
        """Whether a link of the spec joins two selected operations (the stateful phase needs one)."""
        ids = {op.operation_id for op in self.operations}
        return any(op.links_to & ids for op in self.operations)

    def without(self, operation_ids: set[str]) -> Selection:
        """The same selection less some operations (those the server does not route)."""
        kept = tuple(op for op in self.operations if op.operation_id not in operation_ids)
        return Selection(kept, self.flows, True, self.narrowed, self.elsewhere, self.shard)


def names(values: Sequence[str]) -> list[str]:
    """The names of repeated, comma-separated options: `["a,b", "c"]` -> `["a", "b", "c"]`."""
    return [name.strip() for value in values for name in value.split(",") if name.strip()]


def select(spec: Spec, include: Sequence[str], exclude: Sequence[str], shard: Shard | None = None) -> Selection:
    """The operations and flows `include`, `exclude` and `shard` select; `HarnessError` names an unknown name."""
    include, exclude = names(include), names(exclude)
    known = spec.tags | {op.operation_id for op in spec.operations} | {flow.name for flow in FLOWS}
    unknown = [name for name in (*include, *exclude) if name not in known]
    if unknown:
        raise HarnessError(
            f"unknown --include/--exclude name(s) {', '.join(map(repr, unknown))}: use a tag "
            f"({', '.join(sorted(spec.tags))}), an operationId of the spec, or a flow "
            f"({', '.join(flow.name for flow in FLOWS)})"
        )

    def named(given: Sequence[str], own: str, tags: Sequence[str]) -> bool:
        return own in given or any(tag in given for tag in tags)

    operations = tuple(
        op
        for op in spec.operations
        if (not include or named(include, op.operation_id, op.tags)) and not named(exclude, op.operation_id, op.tags)
    )
    flows = tuple(
        flow
        for flow in FLOWS
        if (not include or named(include, flow.name, flow.tags)) and not named(exclude, flow.name, flow.tags)
    )
    narrowed = bool(include or exclude)
    if shard is None:
        return Selection(operations, flows, filtered=narrowed, narrowed=narrowed)
    mine_ops, mine_flows = split(operations, flows, shard)
    elsewhere = {op.operation_id for op in operations if op not in mine_ops}
    elsewhere |= {flow.name for flow in flows if flow not in mine_flows}
    return Selection(mine_ops, mine_flows, True, narrowed, frozenset(elsewhere), shard)
