"""`parley-contract merge DIR...`: the report directories of several jobs (`--shard K/N`) as one verdict.

Each directory holds a job's `verdict.json`. An operation or flow that one shard tested and the
others left to it takes that shard's outcome; one that several runs tested takes the worst
(failed over passed over skipped). The merged exit code is the worst of the jobs' and of the
merged outcomes: 2 if any job could not run, else 1 if anything failed, else 0. A shard missing
from a set (`1/3` and `3/3` given, no `2/3`), two copies of one shard, or shards of different
splits are an error (exit code 2): the merged report would otherwise pass what nobody tested.
Each job's schemathesis reports are copied under `shards/K/`.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import report
from .errors import EXIT_CANNOT_RUN, EXIT_FAILED, EXIT_PASSED, HarnessError
from .results import ANOTHER_SHARD, LayerReport, Outcome, elsewhere

_RANK = {"failed": 3, "passed": 2, "skipped": 1}


def load(directory: Path) -> dict[str, Any]:
    """The verdict.json of one job's report directory (`HarnessError` when it is missing or unreadable)."""
    path = directory / report.VERDICT
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError:
        raise HarnessError(f"{directory} holds no {report.VERDICT}: is it a parley-contract --report-dir?") from None
    except ValueError as exc:
        raise HarnessError(f"{path} is not valid JSON: {exc}") from None
    if not isinstance(data, dict) or data.get("format") != report.VERDICT_FORMAT:
        raise HarnessError(f"{path} is not a verdict this parley-contract can read (format {report.VERDICT_FORMAT})")
    return data


def merge(directories: Sequence[Path], out: Path) -> tuple[int, str]:
    """Merge the jobs' reports into `out`; the merged exit code and summary."""
    if not directories:
        raise HarnessError("merge needs at least one report directory")
    verdicts = [load(directory) for directory in directories]
    _check_shards(directories, verdicts)
    errors = [(directory, data) for directory, data in zip(directories, verdicts, strict=True) if "error" in data]
    ran = [data for data in verdicts if "error" not in data]
    layers = _merged_layers(ran)
    for directory, data in errors:
        shard = f"shard {data['shard']}" if data.get("shard") else str(directory)
        layers[0].notes.insert(0, f"{shard} could not run: {data['error']}")
    worst = max(int(str(data.get("exit_code", EXIT_CANNOT_RUN))) for data in verdicts)
    code = max(worst, EXIT_FAILED if any(layer.failed for layer in layers) else EXIT_PASSED)
    headers: list[dict[str, Any]] = [data["header"] for data in ran]
    first: dict[str, Any] = headers[0] if headers else {"spec": "", "operations": 0, "version": ""}
    urls = sorted({str(header["base_url"]) for header in headers}) or ["(no server: every job failed to run)"]
    header = report.Header(
        ", ".join(urls), str(first["spec"]), int(first["operations"]), str(first["version"]), f"merged {len(verdicts)}"
    )
    text = report.write(out, header, layers, code)
    for directory, data in zip(directories, verdicts, strict=True):
        source = directory / "schemathesis"
        if source.is_dir():
            name = str(data.get("shard") or data.get("header", {}).get("shard") or directory.name).replace("/", "-of-")
            shutil.copytree(source, out / "shards" / name / "schemathesis", dirs_exist_ok=True)
    return code, text


def _check_shards(directories: Sequence[Path], verdicts: list[dict[str, Any]]) -> None:
    shards = [str(data.get("shard") or data.get("header", {}).get("shard") or "") for data in verdicts]
    given = [shard for shard in shards if shard]
    if not given:
        return
    if len(given) != len(shards):
        raise HarnessError("merge: some report directories come from --shard runs and some do not")
    totals = {shard.split("/")[1] for shard in given}
    if len(totals) != 1:
        raise HarnessError(f"merge: the shards come from different splits ({', '.join(sorted(given))})")
    total = int(totals.pop())
    seen: dict[str, Path] = {}
    for shard, directory in zip(shards, directories, strict=True):
        if shard in seen:
            raise HarnessError(f"merge: shard {shard} is given twice ({seen[shard]} and {directory})")
        seen[shard] = directory
    missing = [f"{index}/{total}" for index in range(1, total + 1) if f"{index}/{total}" not in seen]
    if missing:
        raise HarnessError(f"merge: shard(s) {', '.join(missing)} missing: nothing would say what they tested")


def _merged_layers(verdicts: list[dict[str, Any]]) -> list[LayerReport]:
    by_key: dict[str, LayerReport] = {}
    order: dict[str, list[str]] = {}
    for data in verdicts:
        for raw in data.get("layers", []):
            layer = report.layer_from(raw)
            merged = by_key.get(layer.key)
            if merged is None:
                merged = LayerReport(layer.key, layer.title, [], None, 0.0, [], layer.skipped)
                by_key[layer.key] = merged
                order[layer.key] = []
            if not layer.skipped:
                merged.skipped = ""
                merged.title = layer.title
            merged.seconds = max(merged.seconds, layer.seconds)
            if layer.cases is not None:
                merged.cases = (merged.cases or 0) + layer.cases
            merged.notes += [note for note in layer.notes if note not in merged.notes]
            _merge_outcomes(merged, order[layer.key], layer.outcomes)
    layers = list(by_key.values())
    for layer in layers:
        if any(not elsewhere(outcome.reason) for outcome in layer.outcomes):
            layer.skipped = ""
        if layer.skipped.startswith(("no operation in shard", "no flow in shard")):
            layer.skipped = ""
        if layer.seconds:
            layer.notes.append("the time is the longest shard's; the cases add up over the shards")
    if not layers:
        layers = [LayerReport("spec", "Layer 1, the spec (schemathesis)", skipped="no job ran")]
    return layers


def _merge_outcomes(merged: LayerReport, order: list[str], outcomes: list[Outcome]) -> None:
    current = {outcome.name: outcome for outcome in merged.outcomes}
    for outcome in outcomes:
        if outcome.name not in current:
            order.append(outcome.name)
            current[outcome.name] = outcome
            continue
        if _better(outcome, current[outcome.name]):
            current[outcome.name] = outcome
    merged.outcomes = [current[name] for name in order]


def _better(candidate: Outcome, held: Outcome) -> bool:
    """Whether `candidate` says more than `held`: tested beats left elsewhere; failed beats passed."""
    held_away = held.status == "skipped" and held.reason.startswith(ANOTHER_SHARD)
    candidate_away = candidate.status == "skipped" and candidate.reason.startswith(ANOTHER_SHARD)
    if held_away != candidate_away:
        return held_away
    return _RANK[candidate.status] > _RANK[held.status]
