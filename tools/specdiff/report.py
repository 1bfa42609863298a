"""The report: one line per change, `BREAKING` or `compatible`, then where and what."""

from __future__ import annotations

from .model import METHODS
from .walk import Finding

SHOWN_OPERATIONS = 3


def line(finding: Finding) -> str:
    """`BREAKING   Workspace.locale: the field was removed from responses (in get_workspace, ...) [field-removed]`."""
    return f"{finding.severity:<10} {finding.location}: {finding.message}{_reach(finding)} [{finding.rule.id}]"


def _reach(finding: Finding) -> str:
    """Which operations a change in a shared schema reaches (operation locations name theirs already)."""
    if not finding.operations or finding.location.split(" ", 1)[0].lower() in METHODS:
        return ""
    names = sorted(finding.operations)
    shown = ", ".join(names[:SHOWN_OPERATIONS])
    more = len(names) - SHOWN_OPERATIONS
    return f" (in {shown} and {more} more)" if more > 0 else f" (in {shown})"


def summary(findings: list[Finding], old: str, new: str) -> str:
    """One closing line: how many changes of each kind, between which files."""
    breaking = sum(finding.severity == "BREAKING" for finding in findings)
    compatible = len(findings) - breaking
    if not findings:
        return f"spec-diff: no change to the API ({old} -> {new})"
    return f"spec-diff: {breaking} breaking, {compatible} compatible ({old} -> {new})"
