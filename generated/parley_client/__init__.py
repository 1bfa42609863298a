"""A client library for accessing Parley API"""
# Parley's override of openapi-python-client's package_init.py.jinja: the clients load on first use
# (PEP 562), so `parley_client.__version__` costs no import of httpx or attrs.

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client

__version__ = "0.2.0"
"""The spec's `info.version`: the one version of Parley (see CHANGELOG.md)."""

__all__ = (
    "AuthenticatedClient",
    "Client",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(".client", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
