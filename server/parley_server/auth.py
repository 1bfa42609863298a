"""Who is calling: the bearer key, its user and its rights."""

from __future__ import annotations

import time
from dataclasses import dataclass

from parley_server.database import Database
from parley_server.errors import ApiError, forbidden
from parley_server.ids import now_iso
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


def _unauthorized(message: str) -> ApiError:
    return ApiError(401, "invalid_api_key", message, headers={"WWW-Authenticate": 'Bearer realm="parley"'})


class Authenticator:
    """Turns an `Authorization` header into a `Caller`, recording each key's last use."""

    _TOUCH_EVERY = 60.0

    def __init__(self, db: Database) -> None:
        self._db = db
        self._touched: dict[str, float] = {}

    def authenticate(self, authorization: str | None) -> Caller:
        """Return the caller, or raise a 401 that says what is wrong with the header."""
        if not authorization:
            raise _unauthorized("Missing 'Authorization: Bearer <api key>' header.")
        scheme, _, secret = authorization.partition(" ")
        secret = secret.strip()
        if scheme.lower() != "bearer" or not secret:
            raise _unauthorized("The Authorization header must be 'Bearer <api key>'.")
        row = keys.find_by_secret(self._db, secret)
        if row is None:
            raise _unauthorized("Invalid or revoked API key.")
        self._touch(row["id"])
        is_admin = row["role"] == "admin" or keys.is_admin_user(self._db, row["user_id"])
        return Caller(key_id=row["id"], user_id=row["user_id"], role=row["role"], is_admin=is_admin)

    def _touch(self, key_id: str) -> None:
        now = time.monotonic()
        if now - self._touched.get(key_id, -self._TOUCH_EVERY) >= self._TOUCH_EVERY:
            self._touched[key_id] = now
            with self._db.transaction():
                self._db.execute("UPDATE api_keys SET last_used_at = ? WHERE id = ?", (now_iso(), key_id))
