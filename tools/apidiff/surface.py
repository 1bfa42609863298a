"""The public Python API of `parley` and `parley_client`, read statically by griffe.

What is public (the policy `make api-diff` checks):

- `parley`: the names in `parley.__all__`. They are loaded lazily (PEP 562 `__getattr__`), which
  no static reader can follow, so each is also imported under `if TYPE_CHECKING:`; griffe reads
  those imports as the names' definitions, and `check_exports` fails when a name of `__all__` has
  none. The objects behind them are public with all their public members, wherever they are
  defined (`parley._client.Parley` is public as `parley.Parley`), inherited ones included: a change
  to an inherited method is reported under each public class it can be called on, never under a
  private base (`_ThreadHandle`). `parley.resources` is public
  too: it is what `client.threads`, `client.workspaces`... return, and its methods are the SDK's
  calls. `parley.contract` is not: its interface is the `parley-contract` command line.
- `parley_client`: every module and name without a leading underscore (`models.__all__` and the
  like decide within a module), and the constructors attrs writes for the models (`attrs_init`).
- A deprecated alias is public until it is removed: removing it is a breaking change (the report
  says it was deprecated); deprecating it is not. Deprecated means a `@deprecated` decorator or a
  docstring that says "deprecated"; such objects carry the griffe label `deprecated`.

The constructors of what only the SDK creates (`BUILT_BY_THE_SDK`: the resources and handles,
pages, streams) are not public: users get these objects from the client, never build them.

A method made by a helper in a class body (`twin`, `alias`, `bind`, `abind`) is read as the
function it makes, not as the attribute griffe sees (`bound_methods`).
"""

from __future__ import annotations

import io
import subprocess
import tarfile
import tempfile
from pathlib import Path

import griffe

from . import bound_methods
from .attrs_init import AttrsInit

PACKAGES = {"parley": "overlay", "parley_client": "generated"}
"""Each package and the directory of the repository it lives in."""
EXCLUDED = ("parley.contract",)
BUILT_BY_THE_SDK = (
    "parley.resources",
    "parley.SyncPage",
    "parley.AsyncPage",
    "parley.AsyncPaginator",
    "parley.Stream",
    "parley.AsyncStream",
    "parley.ThreadRunStream",
    "parley.AsyncThreadRunStream",
)
"""What only the SDK creates (what `client.threads` or a list call returns): constructors not public."""
ROOT = Path(__file__).resolve().parents[2]

Surface = dict[str, griffe.Module]


class ApiError(Exception):
    """The API cannot be read: a bad git ref, a missing package, an export nothing defines."""


def load_directory(root: Path) -> Surface:
    """Both packages as they are in the checkout (or extracted tree) `root`."""
    missing = [f"{folder}/{name}" for name, folder in PACKAGES.items() if not (root / folder / name).is_dir()]
    if missing:
        raise ApiError(f"{root}: no {', '.join(missing)}")
    loader = griffe.GriffeLoader(
        search_paths=[str(root / folder) for folder in dict.fromkeys(PACKAGES.values())],
        extensions=griffe.load_extensions(AttrsInit),
        modules_collection=griffe.ModulesCollection(),
        allow_inspection=False,
        store_source=False,
    )
    surface = {}
    for name in PACKAGES:
        try:
            module = loader.load(name)
        except (griffe.LoadingError, ImportError, OSError) as exc:
            raise ApiError(f"{root}: cannot read {name} ({exc})") from exc
        if not isinstance(module, griffe.Module):
            raise ApiError(f"{root}: {name} is not a package")
        surface[name] = module
    loader.resolve_aliases(external=False)
    bound_methods.expand(surface)
    for module in surface.values():
        _mark_deprecated(module, set())
    return apply_policy(surface)


def load_ref(ref: str, repo: Path = ROOT) -> Surface:
    """Both packages as they are at the git ref `ref` of `repo` (no checkout: `git archive`)."""
    folders = list(dict.fromkeys(PACKAGES.values()))
    result = subprocess.run(["git", "archive", "--format=tar", ref, *folders], cwd=repo, capture_output=True)
    if result.returncode != 0:
        raise ApiError(f"git ref {ref!r}: {result.stderr.decode(errors='replace').strip()}")
    with tempfile.TemporaryDirectory(prefix="parley-api-") as scratch:
        with tarfile.open(fileobj=io.BytesIO(result.stdout)) as archive:
            archive.extractall(scratch, filter="data")
        return load_directory(Path(scratch))


def apply_policy(surface: Surface) -> Surface:
    """Leave out what is not public API (see the module docstring)."""
    for path in EXCLUDED:
        package, _, rest = path.partition(".")
        module = surface.get(package)
        if module is not None and rest in module.members:
            module.del_member(rest)
    seen: set[str] = set()
    for path in BUILT_BY_THE_SDK:
        package, _, rest = path.partition(".")
        if package in surface and rest in surface[package].members:
            _drop_constructors(surface[package].members[rest], seen)
    return surface


def _drop_constructors(obj: griffe.Object | griffe.Alias, seen: set[str]) -> None:
    """Remove `__init__` from the classes of `obj` (a module, or a class and its bases)."""
    if isinstance(obj, griffe.Alias):
        try:
            obj = obj.final_target
        except (griffe.AliasResolutionError, griffe.CyclicAliasError):
            return
    if obj.path in seen:
        return
    seen.add(obj.path)
    if isinstance(obj, griffe.Module):
        for member in list(obj.members.values()):
            if not member.is_alias and (member.is_module or member.is_class):
                _drop_constructors(member, seen)
    elif isinstance(obj, griffe.Class):
        if "__init__" in obj.members:
            obj.del_member("__init__")
        try:
            bases = obj.resolved_bases
        except (griffe.AliasResolutionError, griffe.CyclicAliasError):
            bases = []
        for base in bases:
            _drop_constructors(base, seen)


def check_exports(surface: Surface) -> list[str]:
    """The names an `__all__` lists that nothing defines where griffe can see it (lazy exports not declared)."""
    problems = []
    for module in _modules(surface):
        for name in module.exports or ():
            member = module.members.get(str(name))
            if member is None:
                problems.append(
                    f"{module.path}.__all__ lists {name}, which nothing defines "
                    "(declare a lazy export under `if TYPE_CHECKING:`)"
                )
                continue
            if isinstance(member, griffe.Alias):
                try:
                    member.final_target  # noqa: B018 - resolving is the check
                except griffe.AliasResolutionError:
                    problems.append(f"{module.path}.{name} points at {member.target_path}, which does not exist")
    return problems


def _modules(surface: Surface) -> list[griffe.Module]:
    found: list[griffe.Module] = []
    pending: list[griffe.Module] = list(surface.values())
    while pending:
        module = pending.pop()
        found.append(module)
        pending += [member for member in module.members.values() if isinstance(member, griffe.Module)]
    return found


def _mark_deprecated(obj: griffe.Object, seen: set[str]) -> None:
    if obj.path in seen:
        return
    seen.add(obj.path)
    decorators = getattr(obj, "decorators", [])
    decorated = any(str(decorator.value).split("(")[0].rsplit(".", 1)[-1] == "deprecated" for decorator in decorators)
    if decorated or (obj.docstring is not None and "deprecated" in obj.docstring.value.lower()):
        obj.labels.add("deprecated")
    for member in obj.members.values():
        if not member.is_alias:
            _mark_deprecated(member, seen)  # type: ignore[arg-type]
