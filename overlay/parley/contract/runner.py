"""One run of the harness: check the inputs and the server, run the layers, write the reports, decide the exit code."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from . import preflight, report, routes, schemathesis_layer
from .errors import EXIT_FAILED, EXIT_PASSED, HarnessError
from .flows import FLOWS, FlowContext, Key, Server, run_flows
from .results import ANOTHER_SHARD, NOT_SELECTED, LayerReport, Outcome
from .selection import Selection, select
from .settings import Settings
from .spec import Spec, load_spec

if TYPE_CHECKING:
    from parley import Parley

_FLOW_TIMEOUT = 60.0
"""Seconds an SDK call of a flow may take (the request timeout, when larger, wins)."""


def run(settings: Settings, echo: Callable[[str], None] = print) -> tuple[int, str]:
    """Run the harness; the exit code (0 passed, 1 failed) and the summary. `HarnessError` means exit code 2."""
    preflight.check_url(settings.base_url, allow_writes=settings.allow_writes)
    spec = load_spec(settings.spec)
    selection = select(spec, settings.include, settings.exclude, settings.shard)
    if settings.runs_spec:
        schemathesis_layer.executable()  # fail early (exit 2) when schemathesis is missing
    selected_ids = {op.operation_id for op in selection.operations}
    health = not selection.narrowed or "get_health" in selected_ids
    notes = [
        note
        for note in [preflight.check_reachable(settings.base_url, settings.request_timeout, health_required=health)]
        if note
    ]
    keys = preflight.learn_keys(
        settings.base_url, settings.api_key, settings.admin_key, settings.second_key, settings.request_timeout
    )
    unrouted: dict[str, str] = {}
    if selection.narrowed:
        wanted = selected_ids | {name for flow in selection.flows for name in flow.uses}
        key = (keys.get("admin") or keys["client"]).secret
        unrouted = routes.unrouted(settings.base_url, key, spec, wanted, settings.request_timeout)
    server = Server(settings.base_url, keys, spec, unrouted, max(_FLOW_TIMEOUT, settings.request_timeout))
    with _Clients(settings) as clients:
        model = _model(settings, clients.main, selection, unrouted)
        layers = [
            _spec_layer(settings, spec, selection, server, model, echo),
            _flow_layer(settings, selection, server, clients, model, echo),
        ]
    layers[0].notes[:0] = notes
    code = EXIT_FAILED if any(layer.failed for layer in layers) else EXIT_PASSED
    from parley import __version__

    header = report.Header(
        settings.base_url, str(settings.spec), len(spec.operations), __version__, str(settings.shard or "")
    )
    return code, report.write(settings.report_dir, header, layers, code)


class _Clients:
    """The SDK clients of the flows, one per key given, closed together."""

    def __init__(self, settings: Settings) -> None:
        from parley import Parley

        timeout = max(_FLOW_TIMEOUT, settings.request_timeout)

        def client(key: str) -> Parley:
            return Parley(base_url=settings.base_url, api_key=key, timeout=timeout, max_retries=0)

        self.make = client
        self.main = client(settings.api_key)
        self.admin = client(settings.admin_key) if settings.admin_key else None
        self.second = client(settings.second_key) if settings.second_key else None

    def __enter__(self) -> _Clients:
        return self

    def __exit__(self, *exc: object) -> None:
        for each in (self.main, self.admin, self.second):
            if each is not None:
                each.close()


def _model(settings: Settings, main: Parley, selection: Selection, unrouted: dict[str, str]) -> str | None:
    """The model both layers ask: `--model`, else the catalogue's first chat model.

    None when only layer 1 runs and the catalogue offers none (layer 1 then generates models only).
    """
    if settings.model:
        return settings.model
    flows_need = settings.runs_flows and bool(selection.flows)
    if "list_models" in unrouted and not flows_need:
        return None
    try:
        return preflight.choose_model(main, None)
    except HarnessError:
        if flows_need:
            raise
        return None


def _spec_layer(
    settings: Settings,
    spec: Spec,
    selection: Selection,
    server: Server,
    model: str | None,
    echo: Callable[[str], None],
) -> LayerReport:
    if not settings.runs_spec:
        shutil.rmtree(settings.report_dir / "schemathesis", ignore_errors=True)  # not this run's
        return LayerReport("spec", "Layer 1, the spec (schemathesis)", skipped=f"not run (--layer {settings.layer})")
    admin = server.keys.get("admin")
    key = (admin or server.keys["client"]).secret
    tested = selection.without(set(server.unrouted))
    echo(f"Layer 1: schemathesis on {len(tested.operations)} operations (this takes a while)...")
    layer = schemathesis_layer.run(settings, spec, tested, key=key, admin=admin is not None, model=model)
    _mark_untested(layer.outcomes, selection, server.unrouted)
    if server.unrouted and any(op.operation_id in server.unrouted for op in selection.operations):
        layer.notes.append(
            "operations the server does not route were skipped (a run narrowed by --include tests what the "
            "server implements; in a full run they fail)"
        )
    if selection.shard is not None and not selection.operations:
        layer.skipped = f"no operation in shard {selection.shard}"
    return layer


def _mark_untested(outcomes: list[Outcome], selection: Selection, unrouted: dict[str, str]) -> None:
    """Give the operations this run did not test the reason why: another shard, or not routed."""
    selected = {op.operation_id for op in selection.operations}
    for outcome in outcomes:
        if outcome.name in unrouted and outcome.name in selected:
            outcome.reason = f"the server does not route it: {unrouted[outcome.name]}"
        elif outcome.name in selection.elsewhere:
            outcome.reason = f"{ANOTHER_SHARD} (--shard {selection.shard})"


def _flow_layer(
    settings: Settings,
    selection: Selection,
    server: Server,
    clients: _Clients,
    model: str | None,
    echo: Callable[[str], None],
) -> LayerReport:
    roles = ["client (API_KEY)"]
    roles += ["admin (ADMIN_KEY)"] if settings.admin_key else []
    roles += ["second (SECOND_KEY)"] if settings.second_key else []
    title = f"Layer 2, the flows: the parley SDK and raw HTTP as {', '.join(roles)}"
    if not settings.runs_flows:
        return LayerReport("flows", title, skipped=f"not run (--layer {settings.layer})")
    layer = LayerReport("flows", title)
    ran: dict[str, Outcome] = {}
    if not selection.flows:
        layer.skipped = f"no flow in shard {selection.shard}" if selection.shard else "no flow selected"
    else:
        assert model is not None
        layer.title += f", model {model}"
        layer.notes += _role_notes(server.keys)
        echo(f"Layer 2: {len(selection.flows)} flows through the SDK and raw HTTP with model {model}...")
        started = time.monotonic()

        def context() -> FlowContext:
            return FlowContext(
                clients.main,
                model=model,
                admin=clients.admin,
                second=clients.second,
                make_client=clients.make,
                server=server,
            )

        ran = {outcome.name: outcome for outcome in run_flows(selection.flows, context)}
        layer.seconds = time.monotonic() - started
        layer.cases = sum(outcome.calls for outcome in ran.values())
    layer.outcomes = []
    for flow in FLOWS:
        if flow.name in ran:
            layer.outcomes.append(ran[flow.name])
        elif flow.name in selection.elsewhere:
            reason = f"{ANOTHER_SHARD} (--shard {selection.shard})"
            layer.outcomes.append(Outcome(flow.name, flow.title, "skipped", reason))
        else:
            layer.outcomes.append(Outcome(flow.name, flow.title, "skipped", NOT_SELECTED))
    return layer


def _role_notes(keys: dict[str, Key]) -> list[str]:
    said = [f"{key.label} is {key.role} ({key.user_id})" for key in keys.values() if key.role is not None]
    unknown = [key.label for key in keys.values() if key.role is None]
    notes = [f"roles from GET /v1/me: {', '.join(said)}"] if said else []
    if unknown:
        notes.append(f"the server did not say what {', '.join(unknown)} may do (no GET /v1/me)")
    return notes
