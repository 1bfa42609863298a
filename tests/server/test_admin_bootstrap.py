"""The environment's admin key is the only bootstrap key, and a short one is refused at start.

Row of issue 15's table: `PARLEY_ADMIN_KEY` changed from A to B and a restart left A working (three
admin keys active); a 1-character admin key was accepted.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from tests.live_server import LiveServer, free_port

Servers = Callable[..., LiveServer]


def _key() -> str:
    return "pk_boot_" + secrets.token_urlsafe(24)


def test_changing_the_admin_key_revokes_the_old_one(make_server: Servers, tmp_path: Path) -> None:
    db = tmp_path / "boot.db"
    a, b = _key(), _key()
    live = make_server(db_path=db, admin_key=a)
    with live.client() as admin:
        issued = admin.post("/v1/admin/api-keys", json={"user_id": "ops", "name": "ops admin", "role": "admin"})
        ops_key = issued.json()["secret"]
    live.stop()
    live.admin_key = b
    live.start()
    with live.client(a) as old, live.client(b) as new, live.client(ops_key) as ops:
        assert old.get("/v1/models").status_code == 401
        assert new.get("/v1/models").status_code == 200
        assert ops.get("/v1/models").status_code == 200, "keys issued through the API are not bootstrap keys"
        active = new.get("/v1/admin/api-keys").json()["data"]
        revoked = new.get("/v1/admin/api-keys", params={"include_revoked": "true"}).json()["data"]
    assert sorted(key["prefix"] for key in active) == sorted([b[:12], ops_key[:12]])
    assert [key["prefix"] for key in revoked if key["revoked_at"]] == [a[:12]]
    # Going back to A makes A the one bootstrap key again, and B is revoked.
    live.stop()
    live.admin_key = a
    live.start()
    with live.client(a) as old, live.client(b) as new:
        assert old.get("/v1/models").status_code == 200
        assert new.get("/v1/models").status_code == 401


@pytest.mark.parametrize(
    ("key", "says"),
    [
        ("x", "at least 32"),
        ("pk_short_" + "a" * 22, "at least 32"),
        (" " * 40, "spaces"),
        ("pk_" + "a" * 20 + " " + "b" * 20, "spaces"),
    ],
)
def test_a_weak_admin_key_is_refused_at_start(tmp_path: Path, key: str, says: str) -> None:
    env = {**os.environ, "PARLEY_ADMIN_KEY": key}
    command = [sys.executable, "-m", "parley_server", "--port", str(free_port()), "--db", str(tmp_path / "w.db")]
    run = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    assert run.returncode == 2, run.stdout + run.stderr
    assert "PARLEY_ADMIN_KEY" in run.stderr
    assert says in run.stderr
    assert key.strip() == "" or key not in run.stderr, "the refused key must not be echoed"
    assert not (tmp_path / "w.db").exists(), "nothing is created with a refused key"


def test_a_32_character_key_is_enough(make_server: Servers) -> None:
    key = "pk_" + "k" * 29
    live = make_server(admin_key=key)
    with httpx.Client(base_url=live.base_url, headers={"Authorization": f"Bearer {key}"}) as client:
        assert client.get("/v1/models").status_code == 200
