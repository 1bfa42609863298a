"""Layer 2: scenarios driven through the `parley` SDK that schemathesis cannot judge.

`FLOWS` lists them in the order they run; `run_flows` runs the selected ones against a server and
answers one `Outcome` each (passed, failed with the SDK call that reproduces it, or skipped).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from ..results import Outcome
from . import (
    admin,
    authorization,
    completion_wire,
    completions,
    deletes,
    idempotency,
    isolation,
    pagination,
    path_ids,
    threads,
    workspaces,
    writes,
)
from ._base import Flow, FlowContext, FlowFailure, FlowSkipped, Key, Server

FLOWS: tuple[Flow, ...] = (
    completion_wire.FLOW,
    completions.FLOW,
    threads.STREAM,
    threads.CANCEL,
    threads.RESUME,
    idempotency.FLOW,
    deletes.FLOW,
    path_ids.FLOW,
    writes.FLOW,
    pagination.CURSOR,
    pagination.PAGES,
    pagination.OFFSETS,
    workspaces.FLOW,
    isolation.FLOW,
    authorization.FLOW,
    admin.FLOW,
)
"""Every flow, in the order they run."""

__all__ = ["FLOWS", "Flow", "FlowContext", "Key", "Server", "flow_names", "run_flow", "run_flows"]


def run_flows(flows: Sequence[Flow], make_context: Callable[[], FlowContext]) -> list[Outcome]:
    """Run each flow in a fresh context (skipping those whose keys are missing); their outcomes, in order."""
    outcomes = []
    for flow in flows:
        ctx = make_context()
        missing = _missing_key(flow, ctx)
        if missing:
            outcomes.append(Outcome(flow.name, flow.title, "skipped", reason=missing))
            continue
        outcomes.append(run_flow(flow, ctx))
    return outcomes


def run_flow(flow: Flow, ctx: FlowContext) -> Outcome:
    """Run one flow, then its clean-ups; its outcome."""
    started = time.monotonic()
    outcome = Outcome(flow.name, flow.title, "passed")
    try:
        flow.run(ctx)
    except FlowSkipped as exc:
        outcome.status, outcome.reason = "skipped", str(exc)
    except FlowFailure as exc:
        outcome.status, outcome.reason = "failed", str(exc)
    except Exception as exc:  # the SDK raised: an unexpected status, a broken stream, an answer off the contract
        outcome.status, outcome.reason = "failed", f"{type(exc).__name__}: {exc}"
    finally:
        ctx.run_cleanups()
    if outcome.status == "failed":
        outcome.reproduction = ctx.last_call
    outcome.details = "\n".join(ctx.calls)
    outcome.calls = len(ctx.calls)
    outcome.notes.extend(ctx.notes + ctx.cleanup_errors)
    outcome.seconds = time.monotonic() - started
    return outcome


def _missing_key(flow: Flow, ctx: FlowContext) -> str:
    if flow.needs_admin and ctx.admin_client is None:
        return "needs an admin key: pass --admin-key (ADMIN_KEY)"
    if flow.needs_second and ctx.second_client is None:
        return "needs a second user's key: pass --second-key (SECOND_KEY)"
    routes = ctx.server_or_none.unrouted if ctx.server_or_none is not None else {}
    unrouted = [name for name in flow.uses if name in routes]
    if unrouted:
        return f"needs {', '.join(unrouted)}, which this server does not route ({routes[unrouted[0]]})"
    return ""


def flow_names() -> list[str]:
    """The name of every flow."""
    return [flow.name for flow in FLOWS]
