"""`parley_client.unions`: the spec's `oneOf` schemas by name, and decoders by discriminator.

tools/add_modules.py writes the module from openapi.yaml; here the spec is read again, on its own,
to check that every `oneOf` schema of components has its alias (the union of its variants' classes,
in the spec's order), its table of models by tag and its decoder; that the decoder picks the model
the generator's own union parsing would pick (the first variant that accepts the data); that it
rejects, by name, a tag it does not know; and that none of this imports a model before it is used.
"""

from __future__ import annotations

import subprocess
import sys
import typing
from typing import Any

import parley_client.models as models
import parley_client.unions as unions
import pytest

from tests.generated.test_decode import assert_same

from .spec_data import SCHEMAS, valid_samples

UNIONS = {name: schema for name, schema in SCHEMAS.items() if "oneOf" in schema}


def snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name).lstrip("_")


def variants(name: str) -> list[str]:
    return [member["$ref"].rsplit("/", 1)[1] for member in UNIONS[name]["oneOf"]]


def tag_of(union: str, variant: str) -> str:
    prop = UNIONS[union]["discriminator"]["propertyName"]
    return str(SCHEMAS[variant]["properties"][prop]["const"])


def first_accepting(union: str, data: Any) -> Any:
    """The generator's parsing of a `oneOf`: each variant's from_dict in order, the first that accepts."""
    for name in variants(union):
        try:
            return getattr(models, name).from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            continue
    return None


def test_the_spec_has_the_unions_the_sdk_names() -> None:
    expected = {"ThreadEvent", "ThreadItem", "ChatMessage", "ChatUserContentPart", "ItemDelta", "ThreadInputMessage"}
    assert expected <= set(UNIONS)
    assert set(unions.__all__) >= expected


@pytest.mark.parametrize("name", sorted(UNIONS))
def test_each_union_is_the_union_of_its_variant_classes_in_spec_order(name: str) -> None:
    alias = getattr(unions, name)
    assert typing.get_args(alias) == tuple(getattr(models, variant) for variant in variants(name))
    for variant in variants(name):
        assert isinstance(getattr(models, variant).__new__(getattr(models, variant)), alias)


@pytest.mark.parametrize("name", sorted(UNIONS))
def test_each_discriminated_union_has_its_table_and_decoder(name: str) -> None:
    assert "discriminator" in UNIONS[name]  # the wire conventions: every union of objects is discriminated
    table = getattr(unions, f"{snake(name).upper()}_MODELS")
    assert table == {tag_of(name, variant): getattr(models, variant) for variant in variants(name)}
    decode = getattr(unions, f"decode_{snake(name)}")
    checked = 0
    for variant in variants(name):
        for data in valid_samples(variant) + [SCHEMAS[variant].get("example")]:
            if data is None:
                continue
            decoded = decode(data)
            assert type(decoded) is getattr(models, variant)
            assert_same(decoded, getattr(models, variant).decode(data))
            assert_same(decoded, first_accepting(name, data))
            checked += 1
    assert checked >= len(variants(name))


def test_the_decoder_agrees_with_a_generated_field_of_the_union() -> None:
    item = SCHEMAS["ToolCallItem"]["example"] if "example" in SCHEMAS["ToolCallItem"] else valid_samples("ToolCallItem")[0]
    listed = models.ThreadItemList.decode({"data": [item], "has_more": False, "after": None}).data[0]
    assert type(listed) is models.ToolCallItem
    assert_same(unions.decode_thread_item(item), listed)


@pytest.mark.parametrize(
    ("data", "error", "message"),
    [
        ({"type": "run.exploded", "run_id": "r"}, ValueError, r"ThreadEvent: unknown `type` 'run.exploded'; expected one of 'run.created', "),
        ({"run_id": "r"}, ValueError, r"ThreadEvent: the object has no `type`; expected one of 'run.created'"),
        ({"type": ["item.delta"]}, ValueError, r"unknown `type` \['item.delta'\]"),
        ({"type": None}, ValueError, r"unknown `type` None"),
        ([{"type": "item.delta"}], TypeError, r"ThreadEvent: expected a JSON object, got list"),
        ("item.delta", TypeError, r"got str"),
    ],
)
def test_an_unknown_tag_or_a_non_object_is_refused_by_name(data: Any, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        unions.decode_thread_event(data)


def test_a_known_tag_with_bad_fields_raises_that_models_error() -> None:
    with pytest.raises(KeyError, match="sequence"):
        unions.decode_thread_event({"type": "item.delta", "run_id": "r"})


def test_unknown_names_raise_attribute_error_and_dir_lists_the_names() -> None:
    with pytest.raises(AttributeError, match="no attribute 'NoSuchUnion'"):
        unions.NoSuchUnion  # noqa: B018
    assert {"ThreadEvent", "THREAD_EVENT_MODELS", "decode_thread_event"} <= set(dir(unions))


COUNT_LOADED = """
import sys
import parley_client.unions as unions
before = sorted(n for n in sys.modules if n.startswith("parley_client.models."))
unions.ItemDelta
after = sorted(n for n in sys.modules if n.startswith("parley_client.models."))
print(len(before), " ".join(n.rsplit(".", 1)[1] for n in after))
"""


def test_the_module_imports_no_model_and_an_alias_only_its_variants() -> None:
    result = subprocess.run([sys.executable, "-c", COUNT_LOADED], capture_output=True, text=True, check=True)
    before, *after = result.stdout.split()
    assert before == "0"
    assert after == ["text_delta", "tool_call_args_delta"]
