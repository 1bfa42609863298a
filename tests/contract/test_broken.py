"""Deliberately broken variants of the reference server: each is caught (exit code 1) and named in the summary.

`mutants.py` lists them (31 bugs across authentication, authorization, isolation, pagination,
ordering, status codes, content types, error envelopes, schema types, both kinds of stream,
resume, cancel, idempotency, sessions, drafts and deletes) with the focused selection that
judges each. The selected ones run two at a time (each its own server and harness process) in a
module fixture; each test then reads its mutant's verdict. Slow: about three minutes in all.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.contract.conftest import BrokenServer, Run
from tests.contract.mutants import MUTANTS, Caught, Mutant, catch

BY_BUG = {mutant.bug: mutant for mutant in MUTANTS}
WORKERS = 2


def test_the_mutants_are_many_and_cover_every_area() -> None:
    areas = {mutant.area for mutant in MUTANTS}
    assert len(MUTANTS) >= 20
    assert len(BY_BUG) == len(MUTANTS)
    assert areas >= {
        "authentication", "authorization", "isolation", "pagination", "ordering", "status codes", "content types",
        "error envelopes", "schema types", "run streams", "completion streams", "resume", "cancel", "idempotency",
        "sessions", "drafts", "deletes",
    }  # fmt: skip
    from tests.contract.broken_server import BUGS

    assert set(BUGS) == set(BY_BUG), "every bug of broken_server.py has its mutant, and the other way round"


@pytest.fixture(scope="module")
def caught(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Caught]:
    """Run every mutant this session selected, two at a time; their verdicts by bug."""
    wanted = [
        BY_BUG[item.callspec.params["bug"]]
        for item in request.session.items
        if getattr(item, "originalname", "") == "test_a_broken_server_is_caught" and hasattr(item, "callspec")
    ]
    root = tmp_path_factory.mktemp("mutants")

    def one(mutant: Mutant) -> Caught:
        return catch(mutant, root / mutant.bug)

    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        results = list(pool.map(one, wanted))
    print("\nmutant                 exit  caught by                 seconds")
    for result in results:
        print(f"{result.mutant.bug:22} {result.code:4}  {','.join(result.failed):24} {result.seconds:7.1f}")
    return {result.mutant.bug: result for result in results}


@pytest.mark.slow
@pytest.mark.parametrize("bug", sorted(BY_BUG))
def test_a_broken_server_is_caught(bug: str, caught: dict[str, Caught]) -> None:
    result = caught[bug]
    mutant = result.mutant
    detail = f"{result.stdout}\n{result.stderr[-3000:]}"
    assert result.code == 1, detail
    assert mutant.culprit in result.failed, detail
    assert mutant.phrase in result.reason, f"{mutant.phrase!r} not in {result.reason!r}\n{detail}"
    assert set(result.failed) <= {mutant.culprit, "stateful"}, f"only the culprit fails: {result.failed}\n{detail}"
    assert "reproduce: " in result.stdout, detail


@pytest.mark.slow
def test_a_baseline_accepts_known_failures(
    broken: Callable[[str], BrokenServer], harness: Callable[..., Run], tmp_path: Path
) -> None:
    server = broken("missing_field")
    key = server.new_key("user_baseline")
    baseline = tmp_path / "baseline.json"
    arguments = [
        "--base-url",
        server.base_url,
        "--layer",
        "spec",
        "--include",
        "get_model",
        "--max-examples",
        "10",
        "--baseline",
        str(baseline),
    ]
    recorded = harness(*arguments, "--baseline-update", api_key=key)
    assert recorded.code == 1 and baseline.is_file(), recorded.stdout + recorded.stderr
    accepted = harness(*arguments, api_key=key)
    assert accepted.code == 0, accepted.stdout + accepted.stderr
    assert accepted.line("get_model").startswith("passed")
    assert "known failure(s) accepted by the baseline" in accepted.stdout
