"""`fast_from_dict(Model)`: the generated model's own objects from a parsed JSON dict, built ~4x faster.

The generated `Model.from_dict` copies the dict, pops each field, defines and calls a nested parse
function per union field, and goes through the attrs `__init__`: about 6-9x the cost of the
`json.loads` that produced the dict. A stream of 100,000 chunks cannot afford that, so streams
decode through a builder compiled once per model class from the class itself:

- the field plan comes from the attrs fields and their resolved type hints (`typing.get_type_hints`);
  each field's wire key is its name (or, for the generator's `object_`/`type_` renames, its name
  without the `_`), and is used only if `from_dict`'s own code carries that key as a constant;
- the builder (Python source, compiled like the `__init__` attrs writes) makes the object with
  `object.__new__` and sets each slot from the dict directly, mirroring what the generator's code
  does for that field kind: passthrough for plain values, the const and enum checks, nested models,
  lists of models, optional (`Unset`) and nullable fields, and tries of `oneOf` variants in order;
- anything else (dates, typed maps, unions of other shapes, a value of an unexpected type, a
  class with validators) is not handled: a builder raises, and the call answers `from_dict(data)`.

So the result is always exactly what `from_dict` returns, the same class, fields and
`additional_properties`, or `from_dict`'s own exception; a spec change reaches it through the
regenerated classes. Tests check the two against each other on generated data for every model.
"""

from __future__ import annotations

import builtins
import importlib
import re
import sys
import types
import typing
from collections.abc import Callable
from typing import Any, Literal, TypeVar, Union, get_args, get_origin

import attrs

T = TypeVar("T")

_PASSTHROUGH: tuple[Any, ...] = (str, int, float, bool, type(None), Any)


class _Mismatch(Exception):
    """The data is certainly not of this model: its `from_dict` raises (TypeError/ValueError/KeyError)."""


class _Unsure(Exception):
    """A shape the builder does not mirror: the caller answers `from_dict(data)` instead."""


class _NotCompilable(Exception):
    """The class has a field kind the compiler does not mirror."""


def fast_from_dict(cls: type[T]) -> Callable[[Any], T]:
    """A function equal to `cls.from_dict` (same objects, same errors), faster on the usual shapes."""
    decode = _CACHE.get(cls)
    if decode is None:
        decode = _Compiler().root(cls)
        _CACHE[cls] = decode
    return decode


def is_compiled(cls: type) -> bool:
    """Whether `fast_from_dict(cls)` has a compiled builder (rather than `from_dict` itself)."""
    return fast_from_dict(cls) != getattr(cls, "from_dict", None)


_CACHE: dict[type, Callable[[Any], Any]] = {}


class _Compiler:
    """Writes the builder functions for a root class and the model classes it contains.

    A builder is the statements of `_body` for its class, with each nested model (and the usual
    one-item list of models) written inline up to `_INLINE_DEPTH` levels deep: a Python call costs
    about as much as building a small object, and a chunk holds three.
    """

    def __init__(self) -> None:
        self.namespace: dict[str, Any] = {
            "_new": object.__new__,
            "_Mismatch": _Mismatch,
            "_Unsure": _Unsure,
            "_MISMATCHES": (TypeError, ValueError, AttributeError, KeyError),
            "_UNSET": _unset(),
        }
        self.functions: dict[type, str] = {}
        self.sources: list[str] = []
        self.inlining: list[type] = []

    def root(self, cls: type[T]) -> Callable[[Any], T]:
        """The safe entry point for `cls`: its builder, or `from_dict` when the builder gives up."""
        from_dict: Callable[[Any], T] = cls.from_dict  # type: ignore[attr-defined]
        try:
            body = self._body(cls, 0)
        except _NotCompilable:
            return from_dict
        name = self._name("_decode", cls)
        self.namespace["_from_dict"] = from_dict
        lines = ["    try:", *_indented(body, 8), "        return o0", "    except Exception:", "        pass"]
        self.sources.append("\n".join([f"def {name}(d0):", *lines, "    return _from_dict(d0)", ""]))
        exec("\n".join(self.sources), self.namespace)  # our own generated source, as attrs does
        decode: Callable[[Any], T] = self.namespace[name]
        return decode

    def _function(self, cls: type) -> str:
        """The name of the function that builds `cls` (raising `_Mismatch`/`_Unsure`), written on first use."""
        name = self.functions.get(cls)
        if name is not None:
            return name
        name = self.functions[cls] = self._name("_build", cls)
        try:
            body = [*self._body(cls, 0), "return o0"]
        except _NotCompilable:  # the generated from_dict, its failures marked as certain mismatches
            self.namespace[f"{name}_from_dict"] = cls.from_dict  # type: ignore[attr-defined]
            body = [
                "try:",
                f"    return {name}_from_dict(d0)",
                "except _MISMATCHES as exc:",
                "    raise _Mismatch from exc",
            ]
        self.sources.append("\n".join([f"def {name}(d0):", *_indented(body, 4), ""]))
        return name

    def _name(self, prefix: str, value: Any) -> str:
        name = f"{prefix}_{getattr(value, '__name__', 'x')}_{len(self.namespace)}"
        self.namespace[name] = value
        return name

    def _body(self, cls: type, depth: int) -> list[str]:
        """Statements that build `cls` from the dict `d<depth>` into `o<depth>` (`_NotCompilable` if unsure)."""
        fields = _plan(cls)
        d, o, n, v = (f"{letter}{depth}" for letter in "donv")
        self.inlining.append(cls)
        try:
            lines = [f"if {d}.__class__ is not dict:", "    raise _Unsure", f"{o} = _new({self._name('_class', cls)})"]
            required = [field for field in fields if not field.optional]
            lines.append("try:")  # a missing required key: from_dict raises KeyError
            for field in required:
                lines.append(f"    {v} = {d}[{field.key!r}]")
                lines += _indented(self._convert(field.kind, depth), 4)
                lines.append(f"    {o}.{field.name} = {v}")
            lines += ["    pass", "except KeyError:", "    raise _Mismatch from None", f"{n} = {len(required)}"]
            for field in fields:
                if field.optional:
                    lines += [f"if {field.key!r} in {d}:", f"    {v} = {d}[{field.key!r}]", f"    {n} += 1"]
                    lines += _indented(self._convert(field.kind, depth), 4)
                    lines += [f"    {o}.{field.name} = {v}", "else:", f"    {o}.{field.name} = _UNSET"]
            keys = self._name("_keys", frozenset(field.key for field in fields))
            extra = f"{{k: x for k, x in {d}.items() if k not in {keys}}}"  # what from_dict leaves after its pops
            lines.append(f"{o}.additional_properties = {{}} if len({d}) == {n} else {extra}")
            return lines
        finally:
            self.inlining.pop()

    def _inline(self, cls: type, depth: int) -> list[str] | None:
        """`cls` built inline from `d<depth + 1>` into `o<depth + 1>`, or None to call its function."""
        if depth + 1 >= _INLINE_DEPTH or cls in self.inlining:
            return None
        try:
            return self._body(cls, depth + 1)
        except _NotCompilable:
            return None

    def _convert(self, kind: tuple[Any, ...], depth: int) -> list[str]:
        """Statements that check `v<depth>` and turn it into the field's value, as the generated code does."""
        tag = kind[0]
        v, inner_d, inner_o = f"v{depth}", f"d{depth + 1}", f"o{depth + 1}"
        if tag == "plain":
            return []
        if tag == "const":
            return [f"if {v} != {kind[1]!r}:", "    raise _Mismatch"]
        if tag == "enum":
            return [f"if {v} not in {self._name('_enum', kind[1])}:", "    raise _Mismatch"]
        if tag == "model":
            inline = self._inline(kind[1], depth)
            if inline is None:
                return [f"{v} = {self._function(kind[1])}({v})"]
            return [f"{inner_d} = {v}", *inline, f"{v} = {inner_o}"]
        if tag == "list":
            build = self._function(kind[1])
            lines = [f"if {v}.__class__ is not list:", "    raise _Unsure"]
            inline = self._inline(kind[1], depth)
            if inline is None:
                return [*lines, f"{v} = [{build}(x) for x in {v}]"]
            return [
                *lines,
                f"if len({v}) == 1:",  # the usual case, without a comprehension
                f"    {inner_d} = {v}[0]",
                *_indented(inline, 4),
                f"    {v} = [{inner_o}]",
                "else:",
                f"    {v} = [{build}(x) for x in {v}]",
            ]
        if tag in ("nullable_model", "nullable_list"):
            build = self._function(kind[1])
            shape = "dict" if tag == "nullable_model" else "list"
            value = f"{build}({v})" if tag == "nullable_model" else f"[{build}(x) for x in {v}]"
            return [
                f"if {v} is not None:",
                f"    if {v}.__class__ is {shape}:",
                "        try:",
                f"            {v} = {value}",
                "        except _Mismatch:",  # from_dict answers the data itself
                "            pass",
                f"    elif isinstance({v}, {shape}):",
                "        raise _Unsure",
            ]
        if tag == "one_of":  # try each variant in order; the last one's failure is the field's
            variants = [self._function(cls) for cls in kind[1]]
            lines = [f"if {v}.__class__ is not dict:", "    raise _Unsure"]
            pad = ""
            for function in variants[:-1]:
                lines += [f"{pad}try:", f"{pad}    {v} = {function}({v})", f"{pad}except _Mismatch:"]
                pad += "    "
            lines.append(f"{pad}{v} = {variants[-1]}({v})")
            return lines
        raise AssertionError(tag)  # pragma: no cover


_INLINE_DEPTH = 3


class _Field:
    __slots__ = ("key", "kind", "name", "optional")

    def __init__(self, name: str, key: str, optional: bool, kind: tuple[Any, ...]) -> None:
        self.name = name
        self.key = key
        self.optional = optional
        self.kind = kind


def _plan(cls: type) -> list[_Field]:
    """The fields of a generated model class and how each is decoded; `_NotCompilable` if unsure."""
    if not attrs.has(cls) or not hasattr(cls, "from_dict") or hasattr(cls, "__attrs_post_init__"):
        raise _NotCompilable(cls)
    hints = _hints(cls)
    consts = set(_code_constants(cls.from_dict))
    fields: list[_Field] = []
    seen_extra = False
    for attribute in attrs.fields(cls):
        if attribute.validator is not None or attribute.converter is not None:
            raise _NotCompilable(cls)
        if attribute.name == "additional_properties":
            if attribute.init or hints[attribute.name] != dict[str, Any]:
                raise _NotCompilable(cls)
            seen_extra = True
            continue
        if not attribute.init:
            raise _NotCompilable(cls)
        optional, kind = _kind(hints[attribute.name])
        fields.append(_Field(attribute.name, _wire_key(attribute.name, consts), optional, kind))
    if not seen_extra:
        raise _NotCompilable(cls)
    return fields


def _wire_key(name: str, consts: set[str]) -> str:
    """The JSON key of an attribute: its name, or the name without the `_` the generator adds."""
    candidates = [key for key in (name, name[:-1] if name.endswith("_") else "") if key and key in consts]
    if len(candidates) != 1:
        raise _NotCompilable(name)
    return candidates[0]


def _kind(hint: Any) -> tuple[bool, tuple[Any, ...]]:
    """(optional, kind) of a field's type, where kind says how the generated code decodes it."""
    members = _members(hint)
    unset = _unset_type()
    optional = unset in members
    rest = [member for member in members if member is not unset]
    nullable = type(None) in rest
    if nullable and len(rest) > 1:
        rest = [member for member in rest if member is not type(None)]
        if len(rest) != 1:
            raise _NotCompilable(hint)
        (only,) = rest
        if only in _PASSTHROUGH or _literal_values(only, minimum=2) is not None:
            return optional, ("plain",)  # the generated union parser answers any other value as it is
        if _is_model(only):
            return optional, ("nullable_model", only)
        if get_origin(only) is list and _is_model(get_args(only)[0]):
            return optional, ("nullable_list", get_args(only)[0])
        raise _NotCompilable(hint)
    if len(rest) > 1:
        if all(_is_model(member) for member in rest):
            return optional, ("one_of", tuple(rest))
        raise _NotCompilable(hint)
    (only,) = rest
    if only in _PASSTHROUGH:
        return optional, ("plain",)
    values = _literal_values(only, minimum=1)
    if values is not None:
        return optional, ("const", values[0]) if len(values) == 1 else ("enum", frozenset(values))
    if _is_model(only):
        return optional, ("model", only)
    if get_origin(only) is list:
        (item,) = get_args(only)
        if _is_model(item):
            return optional, ("list", item)
        if item in (str, int, float, bool):
            return optional, ("plain",)
    raise _NotCompilable(hint)


def _members(hint: Any) -> list[Any]:
    if get_origin(hint) in (Union, types.UnionType):
        return list(get_args(hint))
    return [hint]


def _literal_values(hint: Any, *, minimum: int) -> tuple[Any, ...] | None:
    if get_origin(hint) is not Literal:
        return None
    values = get_args(hint)
    if len(values) < minimum or not all(isinstance(value, str) for value in values):
        return None
    return values


def _is_model(hint: Any) -> bool:
    return isinstance(hint, type) and attrs.has(hint) and hasattr(hint, "from_dict")


def _unset_type() -> type:
    from parley_client.types import Unset

    return Unset


def _unset() -> Any:
    from parley_client.types import UNSET

    return UNSET


def _code_constants(function: Any) -> list[str]:
    code = getattr(function, "__code__", None)
    return [value for value in (code.co_consts if code else ()) if isinstance(value, str)]


def _hints(cls: type) -> dict[str, Any]:
    """The class's field types, resolving the model names its module imports only for type checkers."""
    module = sys.modules[cls.__module__]
    return typing.get_type_hints(cls, globalns=vars(module), localns=_ModelNames(module))


class _ModelNames(dict[str, Any]):
    """Names for `get_type_hints`: a generated module's `TYPE_CHECKING` imports, found on demand."""

    def __init__(self, module: types.ModuleType) -> None:
        super().__init__()
        self._module = module

    def __missing__(self, name: str) -> Any:
        if name in vars(self._module) or hasattr(builtins, name) or not name[:1].isupper():
            raise KeyError(name)
        package = self._module.__name__.rpartition(".")[0]
        snake = re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
        try:
            return getattr(importlib.import_module(f"{package}.{snake}"), name)
        except (ImportError, AttributeError):
            pass
        try:
            return getattr(importlib.import_module(package), name)
        except (ImportError, AttributeError):
            raise KeyError(name) from None


def _indented(lines: list[str], spaces: int) -> list[str]:
    pad = " " * spaces
    return [pad + line for line in lines]
