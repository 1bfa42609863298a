"""The run's verdict for people and for CI: a readable summary, JUnit XML, a one-page HTML report, verdict.json.

The summary has a line per operation and per flow (`passed`, `FAILED`, `skipped`), and under each
failure its first reason and the reproduction: a curl command for an operation (the key shows as
`[Filtered]`), the SDK call or curl command for a flow. Operations left out by `--include`/`--exclude`
share one line, and so do those dealt to other shards. `verdict.json` holds the same, for machines:
`parley-contract merge` reads it from each shard's report directory.
"""

from __future__ import annotations

import html
import json
import xml.etree.ElementTree as ElementTree
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from .results import ANOTHER_SHARD, NOT_SELECTED, LayerReport, Outcome, elsewhere

VERDICT = "verdict.json"
VERDICT_FORMAT = 1
_MARK = {"passed": "passed ", "failed": "FAILED ", "skipped": "skipped"}


@dataclass(frozen=True, slots=True)
class Header:
    """What was tested: the server, the spec, the SDK version."""

    base_url: str
    spec: str
    operations: int
    version: str
    shard: str = ""
    """`K/N` for one shard's run, `merged K shards` for a merge, else empty."""


def summary(header: Header, layers: Sequence[LayerReport], exit_code: int) -> str:
    """The readable summary (what the command prints, and `summary.txt`)."""
    shard = f" [shard {header.shard}]" if header.shard else ""
    lines = [
        f"parley-contract {header.version}: {header.base_url} against {header.spec} "
        f"({header.operations} operations){shard}"
    ]
    for layer in layers:
        lines += ["", _layer_heading(layer)]
        if layer.skipped:
            lines.append(f"  skipped: {layer.skipped}")
        width = max((len(outcome.name) for outcome in layer.outcomes), default=0)
        unselected = [outcome for outcome in layer.outcomes if outcome.reason == NOT_SELECTED]
        other_shards = [outcome for outcome in layer.outcomes if outcome.reason.startswith(ANOTHER_SHARD)]
        for outcome in layer.outcomes:
            if elsewhere(outcome.reason):
                continue
            lines.append(f"  {_MARK[outcome.status]}  {outcome.name.ljust(width)}  {outcome.title}")
            indent = " " * 4
            if outcome.status != "passed" and outcome.reason:
                lines.append(indent + outcome.reason.replace("\n", "\n" + indent))
            if outcome.status == "failed" and outcome.reproduction:
                lines.append(f"{indent}reproduce: {outcome.reproduction}")
            lines += [f"{indent}note: {note}" for note in outcome.notes]
        kind = "operations" if layer.key == "spec" else "flows"
        if unselected and not layer.skipped:
            lines.append(f"  skipped  {len(unselected)} {kind} {NOT_SELECTED}")
        if other_shards:
            lines.append(f"  skipped  {len(other_shards)} {kind} {other_shards[0].reason}")
        lines += [f"  note: {note}" for note in layer.notes]
    lines += ["", _verdict(layers, exit_code)]
    return "\n".join(lines) + "\n"


def _layer_heading(layer: LayerReport) -> str:
    facts = []
    if layer.cases is not None:
        facts.append(f"{layer.cases} {'cases' if layer.key == 'spec' else 'calls'}")
    if layer.key == "flows" and not layer.skipped:
        ran = len([outcome for outcome in layer.outcomes if not elsewhere(outcome.reason)])
        facts.append(f"{ran} flows")
    if layer.seconds:
        facts.append(f"{layer.seconds:.1f} s")
    return layer.title + (f" ({', '.join(facts)})" if facts else "")


def _verdict(layers: Sequence[LayerReport], exit_code: int) -> str:
    parts = []
    for status in ("failed", "passed", "skipped"):
        counts = []
        for layer in layers:
            mine = [outcome for outcome in layer.outcomes if outcome.status == status]
            kind = "operation" if layer.key == "spec" else "flow"
            units = [outcome for outcome in mine if outcome.name != "stateful"]
            if units:
                counts.append(f"{len(units)} {kind}{'s' if len(units) != 1 else ''}")
            if len(units) < len(mine):
                counts.append("the stateful phase")
        if counts:
            parts.append(f"{', '.join(counts[:-1])}{' and ' if len(counts) > 1 else ''}{counts[-1]} {status}")
    word = {0: "PASSED", 1: "FAILED"}.get(exit_code, "ERROR")
    return f"Result: {word}: {'; '.join(parts) or 'nothing ran'} (exit code {exit_code})"


def junit(layers: Sequence[LayerReport]) -> str:
    """JUnit XML: one test suite per layer, one test case per operation or flow."""
    suites = ElementTree.Element("testsuites", name="parley-contract")
    for layer in layers:
        suite = ElementTree.SubElement(
            suites,
            "testsuite",
            name=layer.key,
            tests=str(len(layer.outcomes)),
            failures=str(layer.count("failed")),
            skipped=str(layer.count("skipped")),
            errors="0",
            time=f"{layer.seconds:.3f}",
        )
        for outcome in layer.outcomes:
            case = ElementTree.SubElement(
                suite,
                "testcase",
                classname=f"parley-contract.{layer.key}",
                name=outcome.name,
                time=f"{outcome.seconds:.3f}",
            )
            if outcome.status == "failed":
                failure = ElementTree.SubElement(case, "failure", message=outcome.reason.splitlines()[0][:500])
                failure.text = _failure_text(outcome)
            elif outcome.status == "skipped":
                ElementTree.SubElement(case, "skipped", message=outcome.reason)
    ElementTree.indent(suites)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ElementTree.tostring(suites, encoding="unicode") + "\n"


def _failure_text(outcome: Outcome) -> str:
    parts = [outcome.title, outcome.reason]
    if outcome.reproduction:
        parts.append(f"reproduce: {outcome.reproduction}")
    parts += outcome.notes
    if outcome.details:
        parts += ["", outcome.details]
    return "\n".join(parts)


def html_report(header: Header, layers: Sequence[LayerReport], summary_text: str) -> str:
    """A self-contained HTML page: the verdict, then a table per layer with each failure's details."""
    esc = html.escape
    rows = []
    for layer in layers:
        rows.append(f"<h2>{esc(_layer_heading(layer))}</h2>")
        if layer.skipped:
            rows.append(f"<p>Skipped: {esc(layer.skipped)}</p>")
        rows.append("<table><tr><th>status</th><th>name</th><th>what</th><th>reason and reproduction</th></tr>")
        for outcome in layer.outcomes:
            detail = ""
            if outcome.reproduction:
                detail += f"<pre>{esc(outcome.reproduction)}</pre>"
            if outcome.notes:
                detail += "".join(f"<p>{esc(note)}</p>" for note in outcome.notes)
            if outcome.details and outcome.status == "failed":
                detail += f"<details><summary>details</summary><pre>{esc(outcome.details)}</pre></details>"
            rows.append(
                f'<tr class="{outcome.status}"><td>{outcome.status}</td><td>{esc(outcome.name)}</td>'
                f"<td>{esc(outcome.title)}</td><td>{esc(outcome.reason)}{detail}</td></tr>"
            )
        rows.append("</table>")
        rows += [f"<p>Note: {esc(note)}</p>" for note in layer.notes]
    title = f"parley-contract: {header.base_url}"
    return (
        f"<!doctype html>\n<html><head><meta charset='utf-8'><title>{esc(title)}</title><style>"
        "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;width:100%}"
        "td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top;text-align:left}"
        "tr.failed td:first-child{background:#f8d0d0}tr.passed td:first-child{background:#d0f0d0}"
        "tr.skipped td:first-child{background:#eee}pre{white-space:pre-wrap;margin:4px 0}"
        f"</style></head><body><h1>{esc(title)}</h1><pre>{esc(summary_text.splitlines()[-1])}</pre>"
        + "\n".join(rows)
        + f"<details><summary>summary as text</summary><pre>{esc(summary_text)}</pre></details></body></html>\n"
    )


def write(report_dir: Path, header: Header, layers: Sequence[LayerReport], exit_code: int) -> str:
    """Write summary.txt, junit.xml, report.html and verdict.json under `report_dir`; the summary text."""
    text = summary(header, layers, exit_code)
    report_dir.mkdir(parents=True, exist_ok=True)
    (report_dir / "summary.txt").write_text(text, encoding="utf-8")
    (report_dir / "junit.xml").write_text(junit(layers), encoding="utf-8")
    (report_dir / "report.html").write_text(html_report(header, layers, text), encoding="utf-8")
    verdict = {"format": VERDICT_FORMAT, "exit_code": exit_code, "header": asdict(header)}
    verdict["layers"] = [asdict(layer) for layer in layers]
    (report_dir / VERDICT).write_text(json.dumps(verdict, indent=1) + "\n", encoding="utf-8")
    return text


def write_error(report_dir: Path, message: str, exit_code: int, shard: str = "") -> None:
    """Record a run that could not run (exit code 2) in `report_dir`, so that a merge sees it."""
    report_dir.mkdir(parents=True, exist_ok=True)
    (report_dir / "summary.txt").write_text(f"parley-contract: cannot run: {message}\n", encoding="utf-8")
    verdict = {"format": VERDICT_FORMAT, "exit_code": exit_code, "error": message, "shard": shard}
    (report_dir / VERDICT).write_text(json.dumps(verdict, indent=1) + "\n", encoding="utf-8")


def layer_from(data: dict[str, Any]) -> LayerReport:
    """A `LayerReport` as `write` stored it in verdict.json."""
    outcomes = [Outcome(**outcome) for outcome in data.get("outcomes", [])]
    fields = {name: value for name, value in data.items() if name != "outcomes"}
    return LayerReport(**fields, outcomes=outcomes)
