"""Reading what schemathesis 4.32 wrote: its JUnit XML (a test case per operation) and its console output.

Every operation of the spec gets one `Outcome`: failed (the first failure's ST code and reason, and
its curl reproduction), skipped (not selected, or not reached), or passed. Test cases that are not
operations ("Stateful tests") get a line of their own. Warnings the configuration fails on
(`missing_auth`) fail the operations they list; other warnings become notes.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from pathlib import Path

from .results import Outcome
from .spec import Operation

_FAILURE_CODE = re.compile(r"^- (ST\d+ .+)$")
_NEXT_CASE = re.compile(r"\n\d+\. Test Case ID:")
_STATUS = re.compile(r"^\[\d{3}\] .*:$")
_CASES = re.compile(r"^\s*(\d+) generated\b", re.MULTILINE)
_LISTED = re.compile(r"^\s*- ((?:GET|PUT|POST|DELETE|OPTIONS|HEAD|PATCH|TRACE) \S+)\s*$")
_FAILING_WARNINGS = ("Authentication failed",)
"""Warning headings of `warnings.fail-on` (the shipped configuration fails on `missing_auth`)."""


@dataclass(slots=True)
class CaseResult:
    """One `<testcase>` of the JUnit report."""

    name: str
    seconds: float
    status: str
    text: str = ""
    more: int = 0


@dataclass(slots=True)
class ConsoleSummary:
    """What the console output adds to the JUnit report."""

    cases: int | None = None
    failing_warnings: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def read_junit(path: Path) -> list[CaseResult]:
    """The test cases of a schemathesis JUnit report (failures before errors before skips)."""
    root = ElementTree.parse(path).getroot()
    results = []
    for case in root.iter("testcase"):
        outcomes = [(kind, element) for kind in ("failure", "error", "skipped") for element in case.findall(kind)]
        status, text = ("passed", "")
        if outcomes:
            kind, element = outcomes[0]
            status = {"failure": "failed", "error": "error", "skipped": "skipped"}[kind]
            text = element.text or element.get("message") or ""
        groups = sum((element.text or "").count("Test Case ID:") or 1 for k, element in outcomes if k != "skipped")
        more = max(groups - 1, 0)
        results.append(CaseResult(case.get("name", ""), float(case.get("time") or 0), status, text, more))
    return results


def read_console(output: str) -> ConsoleSummary:
    """The number of cases and the warnings, from schemathesis's console output."""
    summary = ConsoleSummary()
    counted = _CASES.search(output)
    if counted:
        summary.cases = int(counted.group(1))
    section = output.partition("= WARNINGS =")[2].partition("= SUMMARY =")[0]
    heading = ""
    for line in section.splitlines():
        listed = _LISTED.match(line)
        if listed and heading.startswith(_FAILING_WARNINGS):
            summary.failing_warnings[listed.group(1)] = heading
        elif line.strip() and not line.startswith((" ", "💡")) and not line.rstrip().endswith("):") and "=" not in line:
            heading = line.strip()
            if not heading.startswith(_FAILING_WARNINGS):
                more = " (details in schemathesis/schemathesis.log)" if heading.endswith(":") else ""
                summary.notes.append(f"schemathesis warning: {heading.rstrip(':')}{more}")
    return summary


def first_failure(text: str) -> tuple[str, str]:
    """The first failure's `STxxx title: detail` (other codes of the same case added), and its curl command."""
    first = _NEXT_CASE.split(text, maxsplit=1)[0]
    lines = [line.strip() for line in first.splitlines()]
    found = [(index, match.group(1)) for index, line in enumerate(lines) if (match := _FAILURE_CODE.match(line))]
    status = next((line.rstrip(":") for line in lines if _STATUS.match(line)), "")
    if not found:
        reason = next((line for line in lines if line), "failed")
    else:
        index, title = found[0]
        detail = next((line for line in lines[index + 1 :] if line), "")
        if not detail or detail.startswith(("- ", "[")):
            detail = f"got {status}" if status else ""
        reason = f"{title}: {detail}" if detail else title
        if len(found) > 1:
            reason += f" (also {', '.join(other for _, other in found[1:])})"
    curl = next((line for line in lines if line.startswith("curl ")), "")
    return reason, curl


def outcomes(
    operations: list[Operation],
    selected: set[str],
    cases: list[CaseResult],
    console: ConsoleSummary,
    baseline: dict[str, int],
) -> list[Outcome]:
    """One outcome per operation of the spec, then one per other test case (the stateful phase)."""
    by_name = {case.name: case for case in cases}
    result = []
    for op in operations:
        case = by_name.pop(op.label, None)
        if op.operation_id not in selected:
            result.append(Outcome(op.operation_id, op.label, "skipped", reason="not selected (--include/--exclude)"))
            continue
        outcome = _outcome(op.operation_id, op.label, case)
        warning = console.failing_warnings.get(op.label)
        if warning and outcome.status != "failed":
            outcome.status = "failed"
            outcome.reason = f"{warning} (the shipped configuration fails on missing_auth)"
        if baseline.get(op.label):
            outcome.notes.append(f"{baseline[op.label]} known failure(s) accepted by the baseline")
        result.append(outcome)
    for name, case in by_name.items():
        key = "stateful" if name.lower().startswith("stateful") else name
        result.append(_outcome(key, name, case))
    return result


def _outcome(name: str, title: str, case: CaseResult | None) -> Outcome:
    if case is None:
        return Outcome(name, title, "skipped", reason="not tested by schemathesis (time budget spent or run stopped)")
    outcome = Outcome(name, title, "passed", seconds=case.seconds, details=case.text)
    if case.status in ("failed", "error"):
        reason, curl = first_failure(case.text)
        outcome.status, outcome.reason, outcome.reproduction = "failed", reason, curl
        if case.status == "error":
            outcome.reason = f"error: {reason}"
        if case.more:
            outcome.notes.append(f"{case.more} more failure(s) in the details")
    elif case.status == "skipped":
        outcome.status, outcome.reason = "skipped", case.text.strip().splitlines()[0] if case.text.strip() else ""
    return outcome
