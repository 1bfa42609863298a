"""Methods written as `name = helper(target)` in a class body, read as the functions they make.

The SDK makes many methods with a helper instead of a `def`: `twin(Sync.method)` (the async
version of a sync method), `alias(method, origin, "name")` (another name for a method), and
`bind(calls.op)` / `abind(calls.op)` (a method sending a generated typed call of
`parley_client.calls`; `bind(calls.op, 1)` or `path=1` fills the call's first parameter from the
handle). griffe reads such lines statically as attributes, so a method made this way would look
like an attribute changed into a function (or back), and a change of its parameters would go
unseen. `expand` replaces each such attribute with the `griffe.Function` the helper makes: the
target's parameters (with `self` first, less the path ones), its answer, its docstring, and the
`async` label for what is awaited. The helpers of release 0.1.0 (`async_twin`, `page_twin`) are
read too, so the released snapshot compares with today's code.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

import griffe

if TYPE_CHECKING:
    from .surface import Surface

ASYNC_NAMES = {
    "SyncPage": "AsyncPaginator",
    "Stream": "AsyncStream",
    "ThreadRunStream": "AsyncThreadRunStream",
    "RunStreamT": "AsyncThreadRunStream",
    "CompletionStreamT": "AsyncStream[ChatCompletionChunk]",
}
"""The sync names in a twin's answer and the async ones it answers (`parley._twins._ASYNC_NAMES`)."""

_SYNC_NAME = re.compile(r"\b(" + "|".join(ASYNC_NAMES) + r")\b")
_TWINS = {"twin", "async_twin", "page_twin"}
_BINDS = {"bind", "abind"}
_ALIASES = {"alias"}
_POSITIONAL = {"positional-only", "positional or keyword"}
_ATTRIBUTE_LABELS = {"class-attribute", "instance-attribute", "module-attribute"}

Made = tuple[list[griffe.Parameter], "str | griffe.Expr | None", bool]
"""What a helper makes: the method's parameters, its answer, and whether it is awaited."""


def expand(surface: Surface) -> list[str]:
    """Replace each class attribute made by a method helper with its function; answer the paths left as they were.

    An attribute stays as it is when its target cannot be found (a name griffe cannot follow, a
    target that is not a function, a path count that is not a number).
    """
    expander = _Expander()
    attributes = [attribute for module in surface.values() for attribute in _helper_attributes(module, set())]
    return [attribute.path for attribute in attributes if expander.function(attribute) is None]


def _helper_attributes(obj: griffe.Object, seen: set[str]) -> Iterator[griffe.Attribute]:
    """The attributes of every class in `obj` (recursively) whose value is a call of a method helper."""
    if obj.path in seen:
        return
    seen.add(obj.path)
    for member in list(obj.members.values()):
        if isinstance(member, griffe.Attribute) and obj.is_class and _helper(member) is not None:
            yield member
        elif isinstance(member, (griffe.Module, griffe.Class)):
            yield from _helper_attributes(member, seen)


def _helper(attribute: griffe.Attribute) -> str | None:
    """The name of the helper that makes `attribute` (`twin`, `alias`, `bind`...), if one does."""
    value = attribute.value
    if not isinstance(value, griffe.ExprCall) or not value.arguments:
        return None
    name = str(value.function).rsplit(".", 1)[-1]
    return name if name in _TWINS | _BINDS | _ALIASES else None


class _Expander:
    """Turns helper attributes into functions, each once, its target first (`alias(retrieve)` of a bound `retrieve`)."""

    def __init__(self) -> None:
        self.done: dict[str, griffe.Function | None] = {}

    def function(self, attribute: griffe.Attribute) -> griffe.Function | None:
        """The function now standing for `attribute` in its class, or None if it stays an attribute."""
        if attribute.path in self.done:
            return self.done[attribute.path]
        self.done[attribute.path] = None  # a helper reaching itself stays an attribute
        call, cls = attribute.value, attribute.parent
        assert isinstance(call, griffe.ExprCall) and isinstance(cls, griffe.Class)
        found = self.made_by(call, cls)
        if found is None:
            return None
        (parameters, returns, awaited), docstring = found
        function = griffe.Function(
            attribute.name,
            lineno=attribute.lineno,
            endlineno=attribute.endlineno,
            parameters=griffe.Parameters(*parameters),
            returns=returns,
            docstring=griffe.Docstring(docstring.value, lineno=docstring.lineno) if docstring else None,
            runtime=attribute.runtime,
        )
        function.labels |= (attribute.labels - _ATTRIBUTE_LABELS) | ({"async"} if awaited else set())
        cls.set_member(attribute.name, function)
        self.done[attribute.path] = function
        return function

    def made_by(self, call: griffe.ExprCall, cls: griffe.Class) -> tuple[Made, griffe.Docstring | None] | None:
        """What the helper call `call` makes in the body of `cls`, and its docstring; None if it cannot be read.

        The helper's first argument names its target, or is itself a helper call: `alias(bind(calls.op), ...)`.
        """
        helper = str(call.function).rsplit(".", 1)[-1]
        positional = [argument for argument in call.arguments if not isinstance(argument, griffe.ExprKeyword)]
        keywords = {
            argument.name: argument.value for argument in call.arguments if isinstance(argument, griffe.ExprKeyword)
        }
        if not positional or helper not in _TWINS | _BINDS | _ALIASES:
            return None
        if isinstance(positional[0], griffe.ExprCall):
            return self.made_by(positional[0], cls) if helper in _ALIASES else None
        target = self.resolve(positional[0], cls)
        if not isinstance(target, griffe.Function):
            return None
        made = _made(helper, target, positional[1:], keywords, cls)
        return None if made is None else (made, target.docstring)

    def resolve(self, expr: str | griffe.Expr, scope: griffe.Class) -> griffe.Object | None:
        """The object `expr` names in the body of class `scope`: `name`, `module.op`, `Cls.method`, `Cls[X].method`."""
        if isinstance(expr, griffe.ExprSubscript):  # `Cls[X]` is `Cls` for its methods
            return self.resolve(expr.left, scope)
        if isinstance(expr, griffe.ExprAttribute):
            found = self.resolve(expr.values[0], scope)
            for part in expr.values[1:]:
                if found is None or not isinstance(part, griffe.ExprName):
                    return None
                members = found.all_members if isinstance(found, griffe.Class) else found.members
                found = self._object(members.get(part.name))
            return found
        if not isinstance(expr, griffe.ExprName):
            return None
        enclosing: griffe.Object | None = scope
        while enclosing is not None:  # the class body, then the module (and the module's enclosing ones)
            if expr.name in enclosing.members:
                return self._object(enclosing.members[expr.name])
            enclosing = enclosing.parent if enclosing.is_class else None
        return None

    def _object(self, member: griffe.Object | griffe.Alias | None) -> griffe.Object | None:
        """`member` itself, an import's target, or the function a helper attribute becomes."""
        if isinstance(member, griffe.Alias):
            try:
                member = member.final_target
            except (griffe.AliasResolutionError, griffe.CyclicAliasError):
                return None
        if isinstance(member, griffe.Attribute) and member.parent is not None and member.parent.is_class:
            return self.function(member) if _helper(member) is not None else member
        return member


def _made(
    helper: str,
    target: griffe.Function,
    more: list[str | griffe.Expr],
    keywords: dict[str, str | griffe.Expr],
    scope: griffe.Class,
) -> Made | None:
    """What `helper(target, *more, **keywords)`, written in the body of `scope`, makes."""
    if helper in _TWINS:
        return _twin(target, scope, paged=helper == "page_twin")
    if helper in _BINDS:
        path = more[0] if more else keywords.get("path", "0")
        return _bound(target, scope, str(path), awaited=helper == "abind")
    return [_copy(parameter) for parameter in target.parameters], target.returns, "async" in target.labels


def _twin(target: griffe.Function, scope: griffe.Class, *, paged: bool) -> Made:
    """`twin(Sync.method)`: its parameters, awaited, or a paginator as it is for a `SyncPage` answer."""
    answer = str(target.returns) if target.returns is not None else ""
    paged = paged or answer.startswith("SyncPage[")
    returns = target.returns
    if _SYNC_NAME.search(answer):
        returns = _expression(_SYNC_NAME.sub(lambda found: ASYNC_NAMES[found[1]], answer), scope)
    return [_copy(parameter) for parameter in target.parameters], returns, not paged


def _bound(call: griffe.Function, scope: griffe.Class, path: str, *, awaited: bool) -> Made | None:
    """`bind(calls.op, path)`: `self`, then the call's parameters after the `path` ones; `Call[X]` answers X."""
    try:
        count = int(path)
    except ValueError:
        return None
    filled, rest = list(call.parameters)[:count], list(call.parameters)[count:]
    if count < 0 or len(filled) < count or any(parameter.kind.value not in _POSITIONAL for parameter in filled):
        return None
    self = griffe.Parameter("self", kind=griffe.ParameterKind("positional or keyword"))
    parameters = [self, *(_copy(parameter) for parameter in rest)]
    returns = call.returns
    if isinstance(returns, griffe.ExprSubscript) and str(returns.left) in {"Call", "PageCall"}:
        if str(returns.left) == "Call":
            return parameters, returns.slice, awaited
        page = "AsyncPaginator" if awaited else "SyncPage"
        return parameters, _expression(f"{page}[{returns.slice}]", scope), False
    return parameters, returns, awaited


def _copy(parameter: griffe.Parameter) -> griffe.Parameter:
    return griffe.Parameter(
        parameter.name, annotation=parameter.annotation, kind=parameter.kind, default=parameter.default
    )


def _expression(text: str, scope: griffe.Class) -> str | griffe.Expr | None:
    """`text` as an annotation written in the body of `scope` (None for no text)."""
    if not text:
        return None
    try:
        node = ast.parse(text, mode="eval").body
    except SyntaxError:
        return text
    return griffe.get_expression(node, scope)
