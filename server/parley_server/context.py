"""Everything a handler gets for one request."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from parley_server.auth import Caller
from parley_server.database import Database
from parley_server.errors import Unauthenticated
from parley_server.services import Services
from parley_server.store import audit


@dataclass(frozen=True, slots=True)
class FilePart:
    """One uploaded file of a multipart body."""

    filename: str
    content_type: str
    data: bytes


@dataclass(slots=True)
class Context:
    """One request, validated: its caller, parameters (by spec name, defaults applied) and body."""

    services: Services
    request_id: str
    operation_id: str
    caller_or_none: Caller | None
    params: dict[str, Any]
    body: Any

    @property
    def db(self) -> Database:
        """The server's database."""
        return self.services.db

    @property
    def caller(self) -> Caller:
        """The authenticated caller (every operation but `get_health` has one)."""
        if self.caller_or_none is None:  # pragma: no cover - only unsecured operations lack one
            raise Unauthenticated("invalid_api_key", "This operation needs an API key.")
        return self.caller_or_none

    @property
    def user_id(self) -> str:
        """The caller's user id, which owns everything the caller creates."""
        return self.caller.user_id

    def field(self, name: str, default: Any = None) -> Any:
        """A top-level field of the JSON body (or `default` when absent)."""
        if isinstance(self.body, dict):
            return self.body.get(name, default)
        return default

    def audit(self, action: str, resource: str | None, resource_id: str | None, metadata: dict[str, Any]) -> None:
        """Write an audit-log entry for the caller's action, in the request's transaction."""
        audit.write(self.db, self.user_id, action, resource, resource_id, metadata, self.request_id)

    def count_tokens(self, tokens: int) -> None:
        """Count `tokens` the caller used, once the request's transaction has committed."""
        meter, user_id = self.services.meter, self.user_id
        self.db.after_commit(lambda: meter.add_tokens(user_id, tokens))
