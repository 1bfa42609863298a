"""Which operations a server routes at all, for runs narrowed by `--include` (partial implementations).

An OpenAI-compatible server may implement only `/v1/chat/completions` and `/v1/models`. Asked
for `--include completions,models`, the harness should test what it has and say what it skips.
The probe is the one answer the contract fixes for every path it declares: a method the spec does
not declare there must get `405 Method Not Allowed` (schemathesis's ST204 holds every server to
it). A path that answers such a request with `404` is not routed; every operation on it is then
skipped, with that reason. The probe sends no body and uses a method the path does not declare,
so a routed path does nothing with it.

Only runs narrowed by `--include` or `--exclude` are probed: in a full run a missing route is a
failure, judged by the layers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import httpx

from .spec import Operation, Spec

_PROBE_METHODS = ("PUT", "PATCH", "DELETE", "POST", "GET")
_PARAMETER = re.compile(r"{[^}]+}")
_PLACEHOLDER = "parley-contract-probe"


def unrouted(base_url: str, key: str, spec: Spec, operation_ids: Iterable[str], timeout: float) -> dict[str, str]:
    """OperationId -> why it is taken as not routed, for those of `operation_ids` whose path answers 404."""
    wanted = set(operation_ids)
    by_id = spec.by_id()
    paths = sorted({by_id[name].path for name in wanted if name in by_id})
    missing: dict[str, str] = {}
    with httpx.Client(base_url=base_url.rstrip("/"), timeout=timeout) as http:
        for path in paths:
            declared = spec.methods(path)
            method = next((each for each in _PROBE_METHODS if each not in declared), None)
            if method is None:
                continue
            url = _PARAMETER.sub(_PLACEHOLDER, path)
            try:
                status = http.request(method, url, headers={"Authorization": f"Bearer {key}"}).status_code
            except httpx.HTTPError:
                continue
            if status == 404:
                reason = f"{method} {url} answered 404 where a routed path answers 405"
                missing.update({op.operation_id: reason for op in _on(spec, path) if op.operation_id in wanted})
    return missing


def _on(spec: Spec, path: str) -> list[Operation]:
    return [op for op in spec.operations if op.path == path]
