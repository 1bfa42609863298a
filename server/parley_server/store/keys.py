"""API keys and the administrator directory: the two sources of a caller's rights."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import Any

from parley_server.database import Database, Row
from parley_server.ids import new_id, now_iso
from parley_server.store.pagination import cursor_page

DDL = """
CREATE TABLE IF NOT EXISTS api_keys (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('user', 'admin')),
    prefix TEXT NOT NULL,
    secret_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    created_by TEXT,
    last_used_at TEXT,
    revoked_at TEXT
);
CREATE INDEX IF NOT EXISTS api_keys_prefix ON api_keys (prefix);
CREATE INDEX IF NOT EXISTS api_keys_user ON api_keys (user_id);
CREATE TABLE IF NOT EXISTS admins (
    id TEXT PRIMARY KEY,
    workos_id TEXT NOT NULL UNIQUE,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT
)
"""

PREFIX_LENGTH = 12
FIRST_ADMIN_USER = "user_admin"
FIRST_ADMIN_EMAIL = "admin@parley.localhost"


def hash_secret(secret: str) -> str:
    """Hash a key's secret for storage (keys are 190-bit random, so a plain SHA-256 suffices)."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def new_secret() -> str:
    """Return a fresh API key secret (`pk_` and 43 URL-safe characters)."""
    return "pk_" + secrets.token_urlsafe(32)


def find_by_secret(db: Database, secret: str) -> Row | None:
    """Return the unrevoked key whose secret this is, comparing hashes in constant time."""
    digest = hash_secret(secret)
    found = None
    for row in db.all("SELECT * FROM api_keys WHERE prefix = ? AND revoked_at IS NULL", (secret[:PREFIX_LENGTH],)):
        if hmac.compare_digest(row["secret_hash"], digest):
            found = row
    return found


def insert_key(
    db: Database, *, user_id: str, name: str, role: str, created_by: str | None, secret: str | None = None
) -> tuple[Row, str]:
    """Store a new key and return its row and its secret (the secret is never stored)."""
    secret = secret or new_secret()
    key_id = new_id("key")
    db.execute(
        "INSERT INTO api_keys (id, user_id, name, role, prefix, secret_hash, created_at, created_by)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (key_id, user_id, name, role, secret[:PREFIX_LENGTH], hash_secret(secret), now_iso(), created_by),
    )
    row = db.one("SELECT * FROM api_keys WHERE id = ?", (key_id,))
    assert row is not None
    return row, secret


def is_admin_user(db: Database, user_id: str) -> bool:
    """Whether `user_id` is in the administrator directory."""
    return db.one("SELECT 1 FROM admins WHERE workos_id = ?", (user_id,)) is not None


def insert_admin(db: Database, *, workos_id: str, email: str, name: str, created_by: str | None) -> Row:
    """Add an administrator and return the row."""
    admin_id = new_id("adm")
    db.execute(
        "INSERT INTO admins (id, workos_id, email, name, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)",
        (admin_id, workos_id, email, name, now_iso(), created_by),
    )
    row = db.one("SELECT * FROM admins WHERE id = ?", (admin_id,))
    assert row is not None
    return row


def ensure_bootstrap_key(db: Database, admin_key: str | None) -> tuple[str | None, list[str]]:
    """Make `admin_key` (the environment's `PARLEY_ADMIN_KEY`) the one bootstrap admin key.

    Bootstrap keys are the admin keys the server made itself (`created_by` is empty), never keys
    issued through the API. With `admin_key` every other bootstrap key is revoked (changing the
    variable revokes the old key; setting an old value again brings that key back). Without it, a
    key is generated on first start and kept on later starts. Returns the generated secret (only
    when one was made now, so it can be printed once) and the ids of the keys revoked now.
    """
    if not is_admin_user(db, FIRST_ADMIN_USER):
        insert_admin(db, workos_id=FIRST_ADMIN_USER, email=FIRST_ADMIN_EMAIL, name="Administrator", created_by=None)
    active = db.all("SELECT id, secret_hash FROM api_keys WHERE created_by IS NULL AND revoked_at IS NULL")
    if admin_key is None:
        if active:
            return None, []
        _, secret = insert_key(
            db, user_id=FIRST_ADMIN_USER, name="first-start admin key", role="admin", created_by=None
        )
        return secret, []
    digest = hash_secret(admin_key)
    existing = db.one("SELECT id FROM api_keys WHERE secret_hash = ?", (digest,))
    if existing is None:
        row, _ = insert_key(
            db, user_id=FIRST_ADMIN_USER, name="PARLEY_ADMIN_KEY", role="admin", created_by=None, secret=admin_key
        )
        keep = row["id"]
    else:
        keep = existing["id"]
        db.execute("UPDATE api_keys SET revoked_at = NULL WHERE id = ?", (keep,))
    revoked = [row["id"] for row in active if row["id"] != keep]
    for key_id in revoked:
        revoke_key(db, key_id)
    return None, revoked


def page(db: Database, user_id: str | None, include_revoked: bool, params: dict[str, Any]) -> dict[str, Any]:
    """One cursor page of keys (rendered without secrets), maybe one user's, revoked ones only on request."""
    clauses, args = ["1 = 1"], []
    if user_id is not None:
        clauses.append("user_id = ?")
        args.append(user_id)
    if not include_revoked:
        clauses.append("revoked_at IS NULL")
    return cursor_page(db, table="api_keys", where=" AND ".join(clauses), args=args, params=params, render=key_json)


def record_last_use(db: Database, used: dict[str, str]) -> None:
    """Store when each key (`key_id` -> timestamp) was last used, never moving a time backwards."""
    for key_id, when in used.items():
        db.execute(
            "UPDATE api_keys SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)",
            (when, key_id, when),
        )


def is_active(db: Database, key_id: str) -> bool:
    """Whether the key exists and is not revoked."""
    return db.one("SELECT 1 FROM api_keys WHERE id = ? AND revoked_at IS NULL", (key_id,)) is not None


def key_json(row: Row) -> dict[str, Any]:
    """Render a key row as the spec's `ApiKey` (never the secret)."""
    return {
        "id": row["id"],
        "name": row["name"],
        "user_id": row["user_id"],
        "role": row["role"],
        "prefix": row["prefix"],
        "created_at": row["created_at"],
        "last_used_at": row["last_used_at"],
        "revoked_at": row["revoked_at"],
    }


def find_key(db: Database, key_id: str) -> Row | None:
    """Return the key with this id (revoked or not), or `None`."""
    return db.one("SELECT * FROM api_keys WHERE id = ?", (key_id,))


def revoke_key(db: Database, key_id: str) -> Row | None:
    """Revoke an unrevoked key now and return its row; `None` when unknown or already revoked."""
    if not db.execute("UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", (now_iso(), key_id)):
        return None
    return find_key(db, key_id)


def list_admins(db: Database) -> list[Row]:
    """Every administrator, oldest first."""
    return db.all("SELECT * FROM admins ORDER BY created_at, id")


def admin_conflicts(db: Database, *, workos_id: str, email: str) -> bool:
    """Whether this email or this user id is already an administrator."""
    return db.one("SELECT 1 FROM admins WHERE email = ? OR workos_id = ?", (email, workos_id)) is not None


def find_admin_by_email(db: Database, email: str) -> Row | None:
    """Return the administrator with exactly this email, or `None`."""
    return db.one("SELECT * FROM admins WHERE email = ?", (email,))


def delete_admin(db: Database, admin_id: str) -> None:
    """Remove an administrator; its user's keys keep only the rights of their own `role`."""
    db.execute("DELETE FROM admins WHERE id = ?", (admin_id,))


def admin_json(row: Row) -> dict[str, Any]:
    """Render an administrator row as the spec's `Admin`."""
    return {
        "id": row["id"],
        "workos_id": row["workos_id"],
        "email": row["email"],
        "name": row["name"],
        "created_at": row["created_at"],
        "created_by": row["created_by"],
    }
