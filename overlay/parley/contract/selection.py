"""`--include` / `--exclude`: which operations (layer 1) and flows (layer 2) a run covers.

Each name is a tag (operations and flows both carry the spec's tags), an operationId or a flow name.
With no `--include` everything is selected; with some, only what they name. `--exclude` then drops
what it names. An unknown name is an error (exit code 2), so a typo never silently tests nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .errors import HarnessError
from .flows import FLOWS, Flow
from .spec import Operation, Spec


@dataclass(frozen=True, slots=True)
class Selection:
    """The operations and flows one run covers."""

    operations: tuple[Operation, ...]
    flows: tuple[Flow, ...]
    filtered: bool
    """Whether `--include`/`--exclude` narrowed the operations (schemathesis then gets them by id)."""

    def has_links(self) -> bool:
        """Whether a link of the spec joins two selected operations (the stateful phase needs one)."""
        ids = {op.operation_id for op in self.operations}
        return any(op.links_to & ids for op in self.operations)


def select(spec: Spec, include: Sequence[str], exclude: Sequence[str]) -> Selection:
    """The operations and flows `include` and `exclude` select; `HarnessError` names an unknown name."""
    known = spec.tags | {op.operation_id for op in spec.operations} | {flow.name for flow in FLOWS}
    unknown = [name for name in (*include, *exclude) if name not in known]
    if unknown:
        raise HarnessError(
            f"unknown --include/--exclude name(s) {', '.join(map(repr, unknown))}: use a tag "
            f"({', '.join(sorted(spec.tags))}), an operationId of the spec, or a flow "
            f"({', '.join(flow.name for flow in FLOWS)})"
        )

    def named(names: Sequence[str], own: str, tags: Sequence[str]) -> bool:
        return own in names or any(tag in names for tag in tags)

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
    return Selection(operations, flows, filtered=bool(include or exclude))
