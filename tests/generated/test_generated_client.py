"""The generated client matches the contract: one module per operation, one model per schema."""

from __future__ import annotations

import importlib
import pkgutil
import re
from typing import Any

import parley_client.api
import parley_client.models
from tests.spec_model import Spec


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def generated_operation_modules() -> dict[str, Any]:
    modules = {}
    for tag in pkgutil.iter_modules(parley_client.api.__path__):
        package = importlib.import_module(f"parley_client.api.{tag.name}")
        for module in pkgutil.iter_modules(package.__path__):
            modules[module.name] = importlib.import_module(f"parley_client.api.{tag.name}.{module.name}")
    return modules


def test_one_generated_module_per_operation_id(spec: Spec) -> None:
    in_spec = {op.operation_id for op in spec.operations}
    generated = set(generated_operation_modules())
    assert generated == in_spec, f"missing: {in_spec - generated}, extra: {generated - in_spec}"


def test_generated_modules_sit_under_their_tag_and_are_callable(spec: Spec) -> None:
    modules = generated_operation_modules()
    for op in spec.operations:
        module = modules[op.operation_id]
        assert module.__name__ == f"parley_client.api.{op.raw['tags'][0]}.{op.operation_id}"
        for function in ("sync_detailed", "asyncio_detailed"):
            assert callable(getattr(module, function)), f"{module.__name__}.{function}"


def test_every_object_schema_has_a_model_class(spec: Spec) -> None:
    for name, schema in spec.schemas().items():
        if schema.get("type") == "object":
            assert hasattr(parley_client.models, name), f"no parley_client.models.{name}"
            module = importlib.import_module(f"parley_client.models.{snake(name)}")
            assert getattr(module, name) is getattr(parley_client.models, name)


def test_response_examples_parse_into_the_generated_models(spec: Spec) -> None:
    parsed = 0
    for op in spec.operations:
        for status, response in spec.responses(op).items():
            media = response.get("content", {}).get("application/json")
            if not media or "$ref" not in media["schema"]:
                continue
            name = media["schema"]["$ref"].rsplit("/", 1)[1]
            model = getattr(parley_client.models, name)
            value = model.from_dict(media["example"])
            assert model.from_dict(value.to_dict()) == value, f"{op} {status}: round trip changed the value"
            assert set(value.to_dict()) == set(media["example"]), f"{op} {status}: fields differ"
            parsed += 1
    assert parsed >= len(spec.operations)


def test_every_model_class_is_named_in_the_spec(spec: Spec) -> None:
    """The generator invents names for inline objects (`ChatCompletionRequestMcpServers`); name them instead."""
    invented = set(parley_client.models.__all__) - set(spec.schemas())
    classes = [name for name in invented if isinstance(getattr(parley_client.models, name), type)]
    assert not classes, f"give these inline objects a name under components/schemas: {classes}"
