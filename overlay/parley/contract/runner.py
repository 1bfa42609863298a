"""One run of the harness: check the inputs and the server, run the layers, write the reports, decide the exit code."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable

from . import preflight, report, schemathesis_layer
from .errors import EXIT_FAILED, EXIT_PASSED
from .flows import FLOWS, FlowContext, run_flows
from .results import LayerReport, Outcome
from .selection import Selection, select
from .settings import Settings
from .spec import Spec, load_spec

_FLOW_TIMEOUT = 60.0
"""Seconds an SDK call of a flow may take (the request timeout, when larger, wins)."""


def run(settings: Settings, echo: Callable[[str], None] = print) -> tuple[int, str]:
    """Run the harness; the exit code (0 passed, 1 failed) and the summary. `HarnessError` means exit code 2."""
    preflight.check_url(settings.base_url, allow_writes=settings.allow_writes)
    spec = load_spec(settings.spec)
    selection = select(spec, settings.include, settings.exclude)
    if settings.runs_spec:
        schemathesis_layer.executable()  # fail early (exit 2) when schemathesis is missing
    preflight.check_reachable(settings.base_url, settings.request_timeout)
    preflight.check_keys(
        settings.base_url, settings.api_key, settings.admin_key, settings.second_key, settings.request_timeout
    )
    layers = [_spec_layer(settings, spec, selection, echo), _flow_layer(settings, selection, echo)]
    code = EXIT_FAILED if any(layer.failed for layer in layers) else EXIT_PASSED
    from parley import __version__

    header = report.Header(settings.base_url, str(settings.spec), len(spec.operations), __version__)
    return code, report.write(settings.report_dir, header, layers, code)


def _spec_layer(settings: Settings, spec: Spec, selection: Selection, echo: Callable[[str], None]) -> LayerReport:
    if not settings.runs_spec:
        shutil.rmtree(settings.report_dir / "schemathesis", ignore_errors=True)  # not this run's
        return LayerReport("spec", "Layer 1, the spec (schemathesis)", skipped=f"not run (--layer {settings.layer})")
    key = settings.admin_key or settings.api_key
    echo(f"Layer 1: schemathesis on {len(selection.operations)} operations (this takes a while)...")
    return schemathesis_layer.run(settings, spec, selection, key=key, admin=settings.admin_key is not None)


def _flow_layer(settings: Settings, selection: Selection, echo: Callable[[str], None]) -> LayerReport:
    roles = ["client (API_KEY)"]
    roles += ["admin (ADMIN_KEY)"] if settings.admin_key else []
    roles += ["second (SECOND_KEY)"] if settings.second_key else []
    title = f"Layer 2, the flows: the parley SDK as {', '.join(roles)}"
    if not settings.runs_flows:
        return LayerReport("flows", title, skipped=f"not run (--layer {settings.layer})")
    from parley import Parley

    def client(key: str) -> Parley:
        timeout = max(_FLOW_TIMEOUT, settings.request_timeout)
        return Parley(base_url=settings.base_url, api_key=key, timeout=timeout, max_retries=0)

    main = client(settings.api_key)
    admin = client(settings.admin_key) if settings.admin_key else None
    second = client(settings.second_key) if settings.second_key else None
    try:
        layer = LayerReport("flows", title)
        ran: dict[str, Outcome] = {}
        if not selection.flows:
            layer.skipped = "no flow selected"
        else:
            model = preflight.choose_model(main, settings.model)
            layer.title += f", model {model}"
            echo(f"Layer 2: {len(selection.flows)} flows through the SDK with model {model}...")
            started = time.monotonic()

            def context() -> FlowContext:
                return FlowContext(main, model=model, admin=admin, second=second, make_client=client)

            ran = {outcome.name: outcome for outcome in run_flows(selection.flows, context)}
            layer.seconds = time.monotonic() - started
            layer.cases = sum(outcome.calls for outcome in ran.values())
        not_selected = "not selected (--include/--exclude)"
        layer.outcomes = [
            ran.get(flow.name) or Outcome(flow.name, flow.title, "skipped", not_selected) for flow in FLOWS
        ]
        return layer
    finally:
        for each in (main, admin, second):
            if each is not None:
                each.close()
