"""Who is calling: the bearer key, its user and its rights."""

from __future__ import annotations

from dataclasses import dataclass

from parley_server.database import Database
from parley_server.errors import Unauthenticated, forbidden
from parley_server.store import keys


@dataclass(frozen=True, slots=True)
class Caller:
    """The authenticated caller of one request."""

    key_id: str
    user_id: str
    role: str
    is_admin: bool

    def require_admin(self) -> None:
        """Raise a 403 unless the caller has admin rights (admin key role, or listed administrator)."""
        if not self.is_admin:
            raise forbidden()


def _unauthenticated(message: str) -> Unauthenticated:
    return Unauthenticated("invalid_api_key", message)


class Authenticator:
    """Turns an `Authorization` header into a `Caller` (a read; the key's last use is counted by the meter)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def authenticate(self, authorization: str | None) -> Caller:
        """Return the caller, or raise a 401 that says what is wrong with the header."""
        if not authorization:
            raise _unauthenticated("Missing 'Authorization: Bearer <api key>' header.")
        scheme, _, secret = authorization.partition(" ")
        secret = secret.strip()
        if scheme.lower() != "bearer" or not secret:
            raise _unauthenticated("The Authorization header must be 'Bearer <api key>'.")
        row = keys.find_by_secret(self._db, secret)
        if row is None:
            raise _unauthenticated("Invalid or revoked API key.")
        is_admin = row["role"] == "admin" or keys.is_admin_user(self._db, row["user_id"])
        return Caller(key_id=row["id"], user_id=row["user_id"], role=row["role"], is_admin=is_admin)
