"""`--shard K/N` deals the operations and flows to N jobs, deterministically; `merge` puts their reports together."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from pathlib import Path

import pytest
from parley.contract import report
from parley.contract.errors import HarnessError
from parley.contract.flows import FLOWS
from parley.contract.merge import merge
from parley.contract.results import LayerReport, Outcome
from parley.contract.shard import Shard, groups, parse, split
from parley.contract.spec import load_spec, spec_path

from tests.contract.conftest import Run
from tests.live_server import LiveServer

SPEC = load_spec(spec_path())


@pytest.mark.parametrize("total", [1, 2, 3, 5, 60])
def test_every_operation_and_flow_goes_to_exactly_one_shard(total: int) -> None:
    seen_ops: list[str] = []
    seen_flows: list[str] = []
    for index in range(1, total + 1):
        ops, flows = split(SPEC.operations, FLOWS, Shard(index, total))
        seen_ops += [op.operation_id for op in ops]
        seen_flows += [flow.name for flow in flows]
    assert sorted(seen_ops) == sorted(op.operation_id for op in SPEC.operations)
    assert sorted(seen_flows) == sorted(flow.name for flow in FLOWS)


def test_linked_operations_stay_together_and_shards_are_balanced() -> None:
    shards = [split(SPEC.operations, FLOWS, Shard(index, 3)) for index in (1, 2, 3)]
    owner = {op.operation_id: number for number, (ops, _) in enumerate(shards) for op in ops}
    for group in groups(SPEC.operations):
        assert len({owner[op.operation_id] for op in group}) == 1, [op.operation_id for op in group]
    sizes = [len(ops) for ops, _ in shards]
    biggest = max(len(group) for group in groups(SPEC.operations))
    assert max(sizes) - min(sizes) <= biggest
    assert max(len(flows) for _, flows in shards) - min(len(flows) for _, flows in shards) <= 1


def test_the_split_depends_on_nothing_but_the_spec_the_selection_and_n() -> None:
    shuffled = list(SPEC.operations)
    random.Random(7).shuffle(shuffled)
    for index in (1, 2, 3):
        ops, flows = split(SPEC.operations, FLOWS, Shard(index, 3))
        again, flows_again = split(shuffled, list(reversed(FLOWS)), Shard(index, 3))
        assert {op.operation_id for op in ops} == {op.operation_id for op in again}
        assert {flow.name for flow in flows} == {flow.name for flow in flows_again}


@pytest.mark.parametrize("value", ["0/2", "3/2", "2", "a/b", "1/0", ""])
def test_a_bad_shard_is_refused(value: str) -> None:
    with pytest.raises(HarnessError, match="bad --shard"):
        parse(value)


def _shard_dir(root: Path, shard: str, outcomes: dict[str, str], code: int) -> Path:
    """A report directory as one shard's run writes it: `outcomes` maps a name to passed/failed/away."""
    directory = root / shard.replace("/", "-")
    layer = LayerReport("spec", "Layer 1", cases=10, seconds=1.0)
    for name, status in outcomes.items():
        if status == "away":
            layer.outcomes.append(Outcome(name, name, "skipped", f"in another shard (--shard {shard})"))
        else:
            layer.outcomes.append(Outcome(name, name, status, "ST101 Server error" if status == "failed" else ""))
    report.write(directory, report.Header("http://127.0.0.1:1", "openapi.yaml", 3, "0.1.0", shard), [layer], code)
    return directory


def test_merge_takes_each_outcome_from_the_shard_that_tested_it(tmp_path: Path) -> None:
    one = _shard_dir(tmp_path, "1/2", {"a": "passed", "b": "away", "c": "passed"}, 0)
    two = _shard_dir(tmp_path, "2/2", {"a": "away", "b": "failed", "c": "away"}, 1)
    code, text = merge([one, two], tmp_path / "merged")
    assert code == 1
    merged = json.loads((tmp_path / "merged" / "verdict.json").read_text())
    statuses = {outcome["name"]: outcome["status"] for outcome in merged["layers"][0]["outcomes"]}
    assert statuses == {"a": "passed", "b": "failed", "c": "passed"}
    assert merged["layers"][0]["cases"] == 20
    assert "FAILED   b" in text and "in another shard" not in text
    suite = ElementTree.parse(tmp_path / "merged" / "junit.xml").getroot()[0]
    assert (suite.get("tests"), suite.get("failures")) == ("3", "1")
    assert merge([one, two], tmp_path / "again")[0] == merge([two, one], tmp_path / "reordered")[0] == 1


def test_merge_refuses_missing_repeated_or_mixed_shards(tmp_path: Path) -> None:
    one = _shard_dir(tmp_path, "1/3", {"a": "passed"}, 0)
    three = _shard_dir(tmp_path, "3/3", {"a": "away"}, 0)
    with pytest.raises(HarnessError, match=r"shard\(s\) 2/3 missing"):
        merge([one, three], tmp_path / "out")
    with pytest.raises(HarnessError, match="given twice"):
        merge([one, one, three], tmp_path / "out")
    other = _shard_dir(tmp_path, "1/2", {"a": "passed"}, 0)
    with pytest.raises(HarnessError, match="different splits"):
        merge([one, other], tmp_path / "out")
    with pytest.raises(HarnessError, match=r"holds no verdict\.json"):
        merge([tmp_path / "nowhere"], tmp_path / "out")


def test_a_shard_that_could_not_run_makes_the_merge_exit_2(tmp_path: Path) -> None:
    one = _shard_dir(tmp_path, "1/2", {"a": "passed", "b": "away"}, 0)
    report.write_error(tmp_path / "broken", "server unreachable: GET http://x/v1/health failed", 2, "2/2")
    code, text = merge([one, tmp_path / "broken"], tmp_path / "merged")
    assert code == 2
    assert "shard 2/2 could not run: server unreachable" in text
    assert "ERROR" in text.splitlines()[-1]


@pytest.mark.slow
def test_two_shards_against_one_server_merge_into_one_full_verdict(harness: Callable[..., Run], tmp_path: Path) -> None:
    live = LiveServer(tmp_path / "parley.db").start()
    selection = ["--include", "models,system,sessions,completions", "--max-examples", "5"]
    try:
        keys = {"api_key": live.new_key("user_shard"), "admin_key": live.admin_key}
        runs = [
            harness(
                "--base-url", live.base_url, "--shard", f"{index}/2", *selection, report_dir=f"shard-{index}", **keys
            )
            for index in (1, 2)
        ]
    finally:
        live.stop()
    for run in runs:
        assert run.code == 0, run.stdout + run.stderr
        assert "in another shard (--shard" in run.stdout
    merged_dir = tmp_path / "merged"
    done = subprocess.run(
        [sys.executable, "-m", "parley.contract", "merge", "--report-dir", str(merged_dir),
         *(str(run.report_dir) for run in runs)],
        capture_output=True, text=True, cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    verdict = json.loads((merged_dir / "verdict.json").read_text())
    outcomes = {outcome["name"]: outcome for layer in verdict["layers"] for outcome in layer["outcomes"]}
    tested = ["list_models", "get_model", "create_chat_completion", "list_sessions", "get_session", "get_health",
              "get_caller", "completion_stream", "completion_session", "page_numbers", "idempotent_replay"]  # fmt: skip
    for name in tested:
        assert outcomes[name]["status"] == "passed", outcomes[name]
    assert not [name for name, outcome in outcomes.items() if "another shard" in outcome["reason"]]
    assert sorted(path.name for path in (merged_dir / "shards").iterdir()) == ["1-of-2", "2-of-2"]
    assert "Result: PASSED" in done.stdout
