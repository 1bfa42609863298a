"""Model attributes are named as on the wire (`event.type`, `chunk.object`); the old names warn.

openapi-python-client appends `_` to a property named like a builtin (`type_`, `object_`). The
model template (tools/templates/model.py.jinja) names the attribute and the constructor keyword
after the wire name wherever that is an identifier the class body does not need, and keeps the
generator's name as a deprecated alias, for one release, that reads and writes the same attribute.
"""

from __future__ import annotations

import keyword
import warnings
from typing import Any

import attrs
import parley_client.models as models
import pytest

from .spec_data import SCHEMAS

MODELS = sorted(name for name in SCHEMAS if isinstance(getattr(models, name, None), type))


def wire_names(name: str) -> list[str]:
    return list(SCHEMAS[name].get("properties", {}))


def aliases() -> list[tuple[str, str, str]]:
    """(model, old name, attribute) for every deprecated alias."""
    found = []
    for name in MODELS:
        cls = getattr(models, name)
        fields = {field.name for field in attrs.fields(cls)}
        for attribute, value in vars(cls).items():
            if isinstance(value, property) and attribute.endswith("_") and attribute[:-1] in fields:
                found.append((name, attribute, attribute[:-1]))
    return found


@pytest.mark.parametrize("name", MODELS)
def test_attributes_are_the_wire_names(name: str) -> None:
    fields = [field.name for field in attrs.fields(getattr(models, name)) if field.name != "additional_properties"]
    for wire in wire_names(name):
        if wire.isidentifier() and not keyword.iskeyword(wire):
            assert wire in fields, f"{name}.{wire}: attributes are {fields}"


def test_the_usual_tags_read_as_on_the_wire() -> None:
    part = models.TextPart(type="text", text="hi")
    assert part.type == "text" and part.to_dict() == {"type": "text", "text": "hi"}
    model = models.Model.from_dict(
        {
            "id": "echo-1",
            "object": "model",
            "created": 1,
            "owned_by": "p",
            "provider": "parley",
            "context_length": None,
            "capabilities": [],
            "description": None,
            "available": True,
        }
    )
    assert model.object == "model" and model.to_dict()["object"] == "model"
    event = models.ItemDeltaEvent.decode(
        {"type": "item.delta", "run_id": "r", "sequence": 2, "item_id": "i", "delta": {"type": "text", "text": "x"}}
    )
    assert (event.type, event.delta.type) == ("item.delta", "text")


def test_there_are_aliases_for_type_and_object() -> None:
    found = aliases()
    assert {old for _, old, _ in found} == {"type_", "object_"}
    assert len(found) >= 30


@pytest.mark.parametrize(("name", "old", "attribute"), aliases())
def test_the_old_name_reads_and_writes_the_attribute_with_a_deprecation_warning(
    name: str, old: str, attribute: str
) -> None:
    cls = getattr(models, name)
    instance: Any = cls.__new__(cls)
    setattr(instance, attribute, "value")
    with pytest.warns(DeprecationWarning, match=rf"{name}\.{old} is deprecated; use {name}\.{attribute}"):
        assert getattr(instance, old) == "value"
    with pytest.warns(DeprecationWarning):
        setattr(instance, old, "other")
    assert getattr(instance, attribute) == "other"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert getattr(instance, attribute) == "other"  # the new name does not warn
    assert getattr(cls, old).__doc__.startswith("Deprecated")


def test_the_old_constructor_keyword_is_gone() -> None:
    with pytest.raises(TypeError, match="type_"):
        models.TextPart(type_="text", text="hi")  # type: ignore[call-arg]
