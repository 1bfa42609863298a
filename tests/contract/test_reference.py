"""The harness against the reference server: both layers, every operation and every flow, exit code 0.

Ten consecutive runs at the defaults and at `--max-time 40 --max-examples 25` are in
`bench/contract_runs.py reference` (figures in bench/RESULTS.md); this is one run, in CI.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from pathlib import Path

import pytest
from parley.contract.flows import FLOWS

from tests.contract.conftest import Run
from tests.live_server import LiveServer
from tests.spec_model import Spec


@pytest.mark.slow
def test_the_reference_server_keeps_the_contract(harness: Callable[..., Run], tmp_path: Path, spec: Spec) -> None:
    live = LiveServer(tmp_path / "parley.db").start()
    try:
        keys = {"api_key": live.new_key("user_contract_a"), "second_key": live.new_key("user_contract_b")}
        run = harness("--base-url", live.base_url, admin_key=live.admin_key, **keys)
    finally:
        live.stop()
    print(run.stdout)
    assert run.code == 0, run.stdout + run.stderr
    operation_ids = [op.operation_id for op in spec.operations]
    for name in [*operation_ids, "stateful", *(flow.name for flow in FLOWS)]:
        assert run.line(name).startswith("passed"), run.line(name)
    assert f"{len(operation_ids)} operations, the stateful phase and {len(FLOWS)} flows passed" in run.stdout
    assert "roles from GET /v1/me: API_KEY is user (user_contract_a), ADMIN_KEY is admin" in run.stdout
    assert "SECOND_KEY is user (user_contract_b)" in run.stdout

    suites = {suite.get("name"): suite for suite in ElementTree.parse(run.report_dir / "junit.xml").getroot()}
    assert [case.get("name") for case in suites["flows"]] == [flow.name for flow in FLOWS]
    assert len(suites["spec"]) == len(operation_ids) + 1
    assert all(suite.get("failures") == "0" for suite in suites.values())
    assert "passed" in (run.report_dir / "report.html").read_text()
    assert list((run.report_dir / "schemathesis").glob("junit*.xml"))
    # schemathesis ran in a temporary directory: no cache folders where the harness was started
    assert not (tmp_path / ".schemathesis").exists() and not (tmp_path / ".hypothesis").exists()
    written = "".join(path.read_text(errors="replace") for path in run.report_dir.rglob("*") if path.is_file())
    assert all(key not in written + run.stdout + run.stderr for key in (live.admin_key, *keys.values()))
