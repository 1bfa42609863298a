"""Layer 1: schemathesis, with the shipped configuration, as a subprocess in a temporary directory.

schemathesis writes `.schemathesis/` and `.hypothesis/` into its working directory, so it runs in a
fresh temporary one; its JUnit report and console log are kept under `<report-dir>/schemathesis/`.
The key travels in the environment (the run's configuration reads it from there), never on the
command line. With `--admin-key` the run uses that key and `config/admin.toml` (every operation is
reachable); otherwise API_KEY and `config/user.toml` (admin-only operations must answer 403).
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from . import schemathesis_report
from .errors import HarnessError
from .results import LayerReport, Outcome
from .selection import Selection
from .settings import Settings
from .spec import Spec, config_path

AUTH_VARIABLE = "PARLEY_CONTRACT_AUTHORIZATION"
HOOKS_VARIABLE = "PARLEY_SCHEMATHESIS_HOOKS"
_EXIT_FAILURES, _EXIT_ERROR = 1, 2


def executable() -> list[str]:
    """How to start schemathesis: the script next to this Python, else `python -m schemathesis.cli`."""
    if importlib.util.find_spec("schemathesis") is None:
        raise HarnessError(
            "layer 1 needs schemathesis, which is not installed: pip install 'parley[contract]' "
            "(or run only the flows with --layer flows)"
        )
    script = Path(sys.executable).parent / ("schemathesis.exe" if os.name == "nt" else "schemathesis")
    return [str(script)] if script.exists() else [sys.executable, "-m", "schemathesis.cli"]


def command(settings: Settings, selection: Selection, config: Path, report_dir: Path) -> tuple[list[str], list[str]]:
    """The schemathesis command line, and notes on what the harness decided for it."""
    notes = []
    phases = list(settings.phases)
    if "stateful" in phases and not selection.has_links():
        phases.remove("stateful")
        notes.append("stateful phase left out: no link of the spec joins two selected operations")
    args = [
        *executable(),
        "--config-file",
        str(config),
        "run",
        str(settings.spec.resolve()),
        "--url",
        settings.base_url,
        "--checks",
        "all",
        "--phases",
        ",".join(phases),
        "--workers",
        str(settings.workers),
        "--request-timeout",
        str(settings.request_timeout),
        "--report",
        "junit,html",
        "--report-dir",
        str(report_dir),
        "--no-color",
    ]
    if selection.filtered:
        for op in selection.operations:
            args += ["--include-operation-id", op.operation_id]
    if settings.max_time is not None:
        args += ["--max-time", str(settings.max_time)]
    if settings.max_examples is not None:
        args += ["--max-examples", str(settings.max_examples)]
    if settings.seed is not None:
        args += ["--seed", str(settings.seed)]
    if settings.baseline is not None:
        args += ["--baseline", str(settings.baseline.resolve())]
        if settings.baseline_update:
            args.append("--baseline-update")
    return args, notes


def configuration(shipped: str, model: str | None) -> str:
    """The run's schemathesis configuration: the key from the environment, the shipped file, the model dictionary.

    `model` is a free string in the spec (any id of the server's catalogue), so generated requests
    almost never name a model the server has, and stop at its 404: no completion, run or workspace
    answer is ever generated that way, let alone streamed. With a model (the one the flows use,
    from the catalogue) half of the generated `model` values are that model, as schemathesis's
    fuzz dictionaries allow; the other half still probe unknown models. The substitution keeps a
    positive case positive (the value is valid) and is never applied to negative ones.
    """
    text = f'headers = {{ Authorization = "${{{AUTH_VARIABLE}}}" }}\n{shipped}'
    if model is not None:
        text += (
            "\n# Added by parley-contract: half of the generated `model` values name the server's model.\n"
            f"[dictionaries.parley-contract-models]\nvalues = [{json.dumps(model)}]\n\n"
            '[parameters]\n"body.model" = { dictionary = "parley-contract-models", probability = 0.5 }\n'
        )
    return text


def run(
    settings: Settings, spec: Spec, selection: Selection, *, key: str, admin: bool, model: str | None = None
) -> LayerReport:
    """Run schemathesis against the server; one outcome per operation of the spec."""
    title = f"Layer 1, the spec: schemathesis with {'the admin key' if admin else 'API_KEY'}"
    layer = LayerReport("spec", title)
    if not selection.operations:
        layer.skipped = "no operation selected"
        layer.outcomes = schemathesis_report.outcomes(list(spec.operations), set(), [], _empty(), {})
        return layer
    if settings.baseline is not None and not settings.baseline_update and not settings.baseline.is_file():
        raise HarnessError(f"baseline file {settings.baseline} not found (record one with --baseline-update)")
    out_dir = settings.report_dir / "schemathesis"
    shutil.rmtree(out_dir, ignore_errors=True)
    out_dir.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="parley-contract-") as workdir:
        config = Path(workdir) / "schemathesis.toml"
        shipped = config_path("admin.toml" if admin else "user.toml").read_text(encoding="utf-8")
        config.write_text(configuration(shipped, model), encoding="utf-8")
        args, layer.notes = command(settings, selection, config, out_dir.resolve())
        if not admin and any(op.roles for op in selection.operations):
            layer.notes.append(
                "admin and manager operations were run with a user key (they must answer 403): "
                "pass --admin-key to test them"
            )
        env = {**os.environ, AUTH_VARIABLE: f"Bearer {key}", HOOKS_VARIABLE: str(config_path("hooks.py"))}
        output, code = _execute(args, Path(workdir), env, settings)
    layer.seconds = time.monotonic() - started
    (out_dir / "schemathesis.log").write_text(output, encoding="utf-8")
    junit = sorted(out_dir.glob("junit*.xml"))
    if code not in (0, _EXIT_FAILURES) or not junit:
        tail = "\n".join(output.strip().splitlines()[-15:])
        raise HarnessError(f"schemathesis could not run (exit code {code}); the end of its output:\n{tail}")
    console = schemathesis_report.read_console(output)
    cases = schemathesis_report.read_junit(junit[-1])
    selected = {op.operation_id for op in selection.operations}
    baseline = _baseline_counts(settings.baseline)
    layer.outcomes = schemathesis_report.outcomes(list(spec.operations), selected, cases, console, baseline)
    layer.cases = console.cases
    layer.notes += console.notes
    if code == _EXIT_FAILURES and not layer.failed:
        tail = "\n".join(output.strip().splitlines()[-15:])
        layer.notes.append(f"schemathesis failed the run for a reason the report does not tie to an operation:\n{tail}")
        layer.outcomes.append(Outcome("schemathesis", "the run as a whole", "failed", reason=tail))
    return layer


def _execute(args: list[str], workdir: Path, env: dict[str, str], settings: Settings) -> tuple[str, int]:
    """Run the command; its combined output and exit code (echoed live with --verbose)."""
    limit = None if settings.max_time is None else settings.max_time * 2 + 300
    with subprocess.Popen(
        args, cwd=workdir, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, encoding="utf-8"
    ) as process:
        assert process.stdout is not None
        lines = []
        deadline = None if limit is None else time.monotonic() + limit
        for line in process.stdout:
            lines.append(line)
            if settings.verbose:
                sys.stderr.write(line)
            if deadline is not None and time.monotonic() > deadline:
                process.kill()
                raise HarnessError(f"schemathesis did not stop within {limit} s despite --max-time {settings.max_time}")
        code = process.wait()
    return "".join(lines), code


def _baseline_counts(path: Path | None) -> dict[str, int]:
    """Known failures per operation label in a schemathesis baseline file."""
    if path is None or not path.is_file():
        return {}
    try:
        entries = json.loads(path.read_text(encoding="utf-8")).get("entries", [])
    except (ValueError, AttributeError):
        return {}
    counts: dict[str, int] = {}
    for entry in entries:
        label = str(entry.get("operation", ""))
        counts[label] = counts.get(label, 0) + 1
    return counts


def _empty() -> schemathesis_report.ConsoleSummary:
    return schemathesis_report.ConsoleSummary()
