"""Schema rules the generator depends on: const-pinned union tags, resolvable references."""

from __future__ import annotations

from tests.spec_model import Spec


def test_every_reference_resolves(spec: Spec) -> None:
    refs = [(p, n["$ref"]) for p, n in spec.walk() if isinstance(n, dict) and isinstance(n.get("$ref"), str)]
    assert refs
    for pointer, ref in refs:
        try:
            spec.at(ref)
        except (KeyError, IndexError, TypeError):
            raise AssertionError(f"{pointer}: $ref {ref} does not resolve") from None


def test_unions_pin_their_discriminator_with_const(spec: Spec) -> None:
    unions = [(p, n) for p, n in spec.walk() if isinstance(n, dict) and "discriminator" in n]
    assert len(unions) >= 5
    for pointer, union in unions:
        tag = union["discriminator"]["propertyName"]
        mapping = union["discriminator"].get("mapping", {})
        seen = set()
        for variant_ref in union["oneOf"]:
            variant = spec.resolve(variant_ref)
            assert tag in variant.get("required", []), f"{pointer}: {variant_ref} does not require {tag}"
            value = variant["properties"][tag].get("const")
            assert value is not None, f"{pointer}: {variant_ref} does not pin {tag} with const"
            assert mapping.get(value, variant_ref.get("$ref")) == variant_ref.get("$ref"), pointer
            seen.add(value)
        assert len(seen) == len(union["oneOf"]), f"{pointer}: two variants share a tag"


def test_every_schema_is_described(spec: Spec) -> None:
    undocumented = [name for name, schema in spec.schemas().items() if not schema.get("description")]
    assert not undocumented, undocumented
