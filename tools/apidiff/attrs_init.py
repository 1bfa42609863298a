"""A griffe extension: attrs classes get the `__init__` that attrs writes for them.

griffe reads code without running it, so an `@attrs.define` class (every generated model) has no
visible constructor, and a new required field or a renamed one would go unseen. This builds the
signature attrs generates: one parameter per annotated field, in order, with its default; fields
declared with `field(init=False)` are left out.
"""

from __future__ import annotations

from typing import Any

import griffe

ATTRS_DECORATORS = frozenset({"attrs.define", "attrs.frozen", "attrs.mutable", "attr.define", "attr.frozen", "attr.s"})
_FIELD_FUNCTIONS = frozenset({"attrs.field", "attr.field", "attr.ib"})
_POSITIONAL = griffe.ParameterKind("positional or keyword")


def _is_attrs(cls: griffe.Class) -> bool:
    for decorator in cls.decorators:
        value = decorator.value
        if isinstance(value, griffe.ExprCall):
            value = value.function
        path = value.canonical_path if isinstance(value, griffe.Expr) else str(value)
        if path in ATTRS_DECORATORS:
            return True
    return False


def _field_arguments(attribute: griffe.Attribute) -> dict[str, Any] | None:
    """The keyword arguments of `field(...)` if the attribute's value is one, else None."""
    value = attribute.value
    if isinstance(value, griffe.ExprCall) and value.function.canonical_path in _FIELD_FUNCTIONS:
        return {
            argument.name: argument.value for argument in value.arguments if isinstance(argument, griffe.ExprKeyword)
        }
    return None


def _parameters(cls: griffe.Class) -> list[griffe.Parameter]:
    parameters = []
    for member in cls.members.values():
        if member.is_alias or not member.is_attribute or "property" in member.labels:
            continue
        attribute: griffe.Attribute = member  # type: ignore[assignment]
        if attribute.annotation is None or "instance-attribute" not in attribute.labels:
            continue
        arguments = _field_arguments(attribute)
        if arguments is not None and str(arguments.get("init")) == "False":
            continue
        if arguments is None:
            default = attribute.value
        elif "default" in arguments:
            default = arguments["default"]
        elif "factory" in arguments:
            default = griffe.ExprCall(function=arguments["factory"], arguments=[])
        else:
            default = None
        parameters.append(
            griffe.Parameter(
                attribute.name,
                annotation=attribute.annotation,
                kind=_POSITIONAL,
                default=default,
            )
        )
    return parameters


def _apply(obj: griffe.Module | griffe.Class, seen: set[str]) -> None:
    if obj.path in seen:
        return
    seen.add(obj.path)
    if isinstance(obj, griffe.Class) and "__init__" not in obj.members and _is_attrs(obj):
        self_parameter = griffe.Parameter("self", kind=_POSITIONAL)
        init = griffe.Function(
            "__init__",
            lineno=obj.lineno,
            endlineno=obj.lineno,
            parent=obj,
            parameters=griffe.Parameters(self_parameter, *_parameters(obj)),
            returns="None",
        )
        obj.set_member("__init__", init)
    for member in list(obj.members.values()):
        if not member.is_alias and (member.is_module or member.is_class):
            _apply(member, seen)  # type: ignore[arg-type]


class AttrsInit(griffe.Extension):
    """Adds the attrs-generated `__init__` to every attrs class of a loaded package."""

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        """Walk the package once it is loaded (decorators are resolved by then)."""
        _apply(pkg, set())
