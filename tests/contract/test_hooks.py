"""The shipped schemathesis hooks, function by function, on stand-ins for schemathesis's cases and answers.

They are loaded with `schemathesis.hook` replaced by the identity, so nothing is registered in this
process. End to end, `test_layer1_requests.py` shows the keys on the wire, and the clean runs of
`test_reference.py` show that no false alarm is left.
"""

from __future__ import annotations

import enum
import importlib.util
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest
import schemathesis
from parley.contract.spec import config_path


@pytest.fixture
def hooks(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.setattr(schemathesis, "hook", lambda function: function)
    spec = importlib.util.spec_from_file_location("parley_contract_hooks", config_path("hooks.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Location(enum.Enum):
    """Stands for schemathesis's ParameterLocation (its `value` is what the hooks read)."""

    HEADER = "header"
    BODY = "body"


def case(method: str, path: str, *, headers: dict[str, str] | None = None, negative_headers: bool = False,
         **path_parameters: str) -> Any:  # fmt: skip
    mode = SimpleNamespace(is_negative=negative_headers)
    meta = SimpleNamespace(components={Location.HEADER: SimpleNamespace(mode=mode)})
    operation = SimpleNamespace(method=method, path=path)
    synced: list[bool] = []
    return SimpleNamespace(
        operation=operation,
        headers=headers,
        meta=meta,
        path_parameters=path_parameters,
        synced=synced,
        _sync_validated_hashes=lambda: synced.append(True),
    )


def answer(status: int, body: Any = None) -> Any:
    return SimpleNamespace(status_code=status, json=lambda: body)


def test_every_valid_key_is_renewed_and_invalid_ones_are_kept(hooks: ModuleType) -> None:
    keys = set()
    for _ in range(50):
        each = case("POST", "/v1/threads", headers={"Idempotency-Key": "5f0c6d3e-example"})
        hooks.before_call(None, each)
        keys.add(each.headers["Idempotency-Key"])
        assert not each.synced
    assert len(keys) == 50 and "5f0c6d3e-example" not in keys
    for invalid in ("", "x" * 256, "with space", "tab\t"):
        each = case("POST", "/v1/threads", headers={"Idempotency-Key": invalid})
        hooks.before_call(None, each)
        assert each.headers["Idempotency-Key"] == invalid
    bare = case("POST", "/v1/threads", headers=None)
    hooks.before_call(None, bare)
    assert bare.headers is None


def test_a_case_negative_through_its_headers_stays_negative(hooks: ModuleType) -> None:
    missing_auth = case("POST", "/v1/threads", headers={"Idempotency-Key": "k1"}, negative_headers=True)
    hooks.before_call(None, missing_auth)
    assert missing_auth.headers["Idempotency-Key"] != "k1"
    assert missing_auth.synced == [True], "the renewed key is the case's baseline, so it is not revalidated"


def test_st302_is_dropped_only_for_attachments_whose_thread_was_deleted(hooks: ModuleType) -> None:
    failure = type("EnsureResourceAvailability", (), {"message": "created resource not found"})()
    upload = case("POST", "/v1/attachments")
    hooks.after_call(None, upload, answer(201, {"id": "att_1", "thread_id": "thr_1"}))
    hooks.after_call(None, upload, answer(201, {"id": "att_2", "thread_id": "thr_2"}))
    hooks.after_call(None, upload, answer(201, {"id": "att_3", "thread_id": None}))
    read = {name: case("GET", "/v1/attachments/{attachment_id}", attachment_id=name) for name in ("att_1", "att_2")}
    assert hooks.filter_failure(None, failure, read["att_1"], answer(404)) is True, "thread still there: kept"

    hooks.after_call(None, case("DELETE", "/v1/threads/{thread_id}", thread_id="thr_1"), answer(404))
    assert hooks.filter_failure(None, failure, read["att_1"], answer(404)) is True, "the delete failed: kept"
    hooks.after_call(None, case("DELETE", "/v1/threads/{thread_id}", thread_id="thr_1"), answer(200))
    assert hooks.filter_failure(None, failure, read["att_1"], answer(404)) is False
    content = case("GET", "/v1/attachments/{attachment_id}/content", attachment_id="att_1")
    assert hooks.filter_failure(None, failure, content, answer(404)) is False
    assert hooks.filter_failure(None, failure, read["att_2"], answer(404)) is True, "another thread: kept"
    other = type("UseAfterFree", (), {"message": "still there"})()
    assert hooks.filter_failure(None, other, read["att_1"], answer(200)) is True, "other checks: kept"


def test_a_413_is_dropped_only_for_a_valid_body_over_the_floor(hooks: ModuleType) -> None:
    rejected = type("RejectedPositiveData", (), {"message": "API rejected schema-compliant request"})()
    completion = case("POST", "/v1/chat/completions")

    def sent(status: int, body: bytes | str | None) -> Any:
        return SimpleNamespace(status_code=status, request=SimpleNamespace(body=body))

    large = b'{"content": "' + "ö".encode() * 600_000 + b'"}'
    assert len(large) > hooks.BODY_FLOOR
    assert hooks.filter_failure(None, rejected, completion, sent(413, large)) is False
    assert hooks.filter_failure(None, rejected, completion, sent(413, large.decode())) is False, "a str body too"
    assert hooks.filter_failure(None, rejected, completion, sent(413, b'{"content": "hi"}')) is True, "small: kept"
    assert hooks.filter_failure(None, rejected, completion, sent(413, None)) is True, "no body: kept"
    assert hooks.filter_failure(None, rejected, completion, sent(400, large)) is True, "another status: kept"
    accepted = type("AcceptedNegativeData", (), {"message": "Invalid data should have been rejected"})()
    assert hooks.filter_failure(None, accepted, completion, sent(413, large)) is True, "other checks: kept"


def test_the_shipped_configs_count_a_413_as_a_rejection() -> None:
    import tomllib

    for name in ("admin.toml", "user.toml"):
        config = tomllib.loads(config_path(name).read_text())
        statuses = config["checks"]["negative_data_rejection"]["expected-statuses"]
        assert "413" in statuses and "400" in statuses and "2xx" not in statuses, (name, statuses)
