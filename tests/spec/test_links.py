"""OpenAPI links chain create → get → update → delete, so stateful contract tests can follow them."""

from __future__ import annotations

from typing import Any

from tests.spec_model import Spec


def links_of(spec: Spec, operation_id: str) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for response in spec.operation(operation_id).raw["responses"].values():
        found.update(response.get("links", {}))
    return found


def test_links_name_real_operations_and_parameters(spec: Spec) -> None:
    ids = {op.operation_id for op in spec.operations}
    count = 0
    for op in spec.operations:
        for name, link in links_of(spec, op.operation_id).items():
            target = link["operationId"]
            assert target in ids, f"{op} link {name} -> unknown {target}"
            params = {p["name"] for p in spec.parameters(spec.operation(target))}
            for key in link.get("parameters", {}):
                assert key.split(".")[-1] in params, f"{op} link {name}: {target} has no parameter {key}"
            count += 1
    assert count >= 40


def test_creates_link_to_get_update_and_delete(spec: Spec) -> None:
    families = {
        "create_thread": {"get_thread", "update_thread", "delete_thread"},
        "create_chat_completion": {"get_session", "update_session", "delete_session"},
        "upload_attachment": {"get_attachment", "delete_attachment"},
        "create_workspace": {"get_workspace", "update_workspace", "end_workspace"},
        "add_admin": {"remove_admin"},
        "create_api_key": {"revoke_api_key"},
    }
    for create, targets in families.items():
        linked = {link["operationId"] for link in links_of(spec, create).values()}
        assert targets <= linked, f"{create} lacks links to {targets - linked}"


def test_every_delete_links_back_to_its_get(spec: Spec) -> None:
    for op in spec.operations:
        gets = [o for o in spec.operations if o.path == op.path and o.method == "get"]
        if op.method == "delete" and gets:
            linked = {link["operationId"] for link in links_of(spec, op.operation_id).values()}
            assert gets[0].operation_id in linked, f"{op} has no link back to {gets[0].operation_id}"
