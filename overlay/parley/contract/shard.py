"""`--shard K/N`: one CI job's share of the operations and flows, the same on every machine.

Operations are split by the spec's links, not one by one: operations a link joins (create_thread
and everything its answer leads to) stay in one shard, so each shard's stateful phase still
chains them. These groups are dealt out largest first, each to the shard with the fewest
operations so far (ties to the lower shard number), which keeps the shards within one group of
each other. Flows are dealt the same way, one each, to the shard with the fewest flows (ties to
the shard with fewer operations, then the lower number). Everything is ordered by name first,
so the split depends only on the spec, the selection and N: `parley-contract merge` can check
that N jobs covered everything once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .errors import HarnessError
from .spec import Operation

if TYPE_CHECKING:
    from .flows import Flow

_SHARD = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")


@dataclass(frozen=True, slots=True)
class Shard:
    """Job `index` (1-based) of `total`."""

    index: int
    total: int

    def __str__(self) -> str:
        return f"{self.index}/{self.total}"


def parse(value: str) -> Shard:
    """`"2/3"` -> `Shard(2, 3)`; `HarnessError` (exit code 2) for anything else."""
    match = _SHARD.match(value)
    if not match:
        raise HarnessError(f"bad --shard {value!r}: expected K/N, e.g. 2/3")
    index, total = int(match.group(1)), int(match.group(2))
    if total < 1 or not 1 <= index <= total:
        raise HarnessError(f"bad --shard {value!r}: K must be between 1 and N")
    return Shard(index, total)


def groups(operations: Sequence[Operation]) -> list[list[Operation]]:
    """The operations joined by links (in either direction), each group sorted by operationId."""
    parent = {op.operation_id: op.operation_id for op in operations}

    def root(name: str) -> str:
        while parent[name] != name:
            parent[name] = parent[parent[name]]
            name = parent[name]
        return name

    for op in operations:
        for target in sorted(op.links_to):
            if target in parent:
                first, second = sorted((root(op.operation_id), root(target)))
                parent[second] = first
    joined: dict[str, list[Operation]] = {}
    for op in sorted(operations, key=lambda each: each.operation_id):
        joined.setdefault(root(op.operation_id), []).append(op)
    return sorted(joined.values(), key=lambda group: (-len(group), group[0].operation_id))


def split(
    operations: Sequence[Operation], flows: Sequence[Flow], shard: Shard
) -> tuple[tuple[Operation, ...], tuple[Flow, ...]]:
    """The operations and flows of `shard` (the others go to the other shards, each exactly once)."""
    op_load = [0] * shard.total
    op_owner: dict[str, int] = {}
    for group in groups(operations):
        chosen = min(range(shard.total), key=lambda index: (op_load[index], index))
        op_load[chosen] += len(group)
        op_owner.update({op.operation_id: chosen for op in group})
    flow_load = [0] * shard.total
    flow_owner: dict[str, int] = {}
    for flow in sorted(flows, key=lambda each: each.name):
        chosen = min(range(shard.total), key=lambda index: (flow_load[index], op_load[index], index))
        flow_load[chosen] += 1
        flow_owner[flow.name] = chosen
    mine = shard.index - 1
    return (
        tuple(op for op in operations if op_owner[op.operation_id] == mine),
        tuple(flow for flow in flows if flow_owner[flow.name] == mine),
    )
