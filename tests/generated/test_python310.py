"""The generated client runs on Python 3.10, the oldest version Parley supports (tools/py310_compat.py)."""

from __future__ import annotations

import shutil
import subprocess
import sysconfig
from pathlib import Path

import pytest

from tools import py310_compat

PROBE = """
import sys
assert sys.version_info[:2] == (3, 10), sys.version
import parley_client.api.threads.get_thread_run, parley_client.client, parley_client.params
from parley_client.models import Health
for stamp, fraction in [("2026-11-22T09:30:00Z", 0), ("2026-11-22T09:30:00.12Z", 120000),
                        ("2026-11-22T11:30:00.123456789+02:00", 123456)]:
    health = Health.from_dict({"status": "ok", "version": "1", "time": stamp})
    assert health.time.tzinfo is not None and health.time.microsecond == fraction, health.time
    decoded = Health.decode({"status": "ok", "version": "1", "time": stamp})
    assert decoded == health and repr(decoded.time) == repr(health.time), (decoded, health)
from parley_client.models import ChatCompletionChunk
from parley_client.unions import ThreadEvent, decode_thread_event
chunk = {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m", "system_fingerprint": "s",
         "session_id": "s", "choices": [{"index": 0, "delta": {"content": "hi"}, "finish_reason": None}]}
assert ChatCompletionChunk.decode(chunk) == ChatCompletionChunk.from_dict(chunk)
assert ChatCompletionChunk.decode(chunk).object == "chat.completion.chunk"
event = decode_thread_event({"type": "item.delta", "run_id": "r", "sequence": 1, "item_id": "i",
                             "delta": {"type": "text", "text": "x"}})
assert isinstance(event, ThreadEvent) and event.delta.type == "text"
with parley_client.client.Client(base_url="http://127.0.0.1:9") as client:
    assert client.get_httpx_client() is not None
print("ok")
"""


def python310() -> str | None:
    """A working python3.10: on PATH, or installed by pyenv (as on this project's machines)."""
    candidates = [shutil.which("python3.10"), *map(str, Path.home().glob(".pyenv/versions/3.10*/bin/python3.10"))]
    for found in filter(None, candidates):
        if subprocess.run([found, "-c", "pass"], capture_output=True).returncode == 0:
            return found
    return None


PYTHON310 = python310()


@pytest.mark.skipif(PYTHON310 is None, reason="no python3.10 on this machine")
def test_generated_client_imports_and_parses_timestamps_on_310(root: Path) -> None:
    # The client's runtime dependencies are pure Python, so 3.10 can load them from this venv.
    path = [str(root / "generated"), sysconfig.get_paths()["purelib"]]
    result = subprocess.run(
        [str(PYTHON310), "-I", "-c", f"import sys; sys.path[:0] = {path!r}\n{PROBE}"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr


def test_no_runtime_import_of_311_only_names(root: Path) -> None:
    package = root / "generated" / "parley_client"
    client = (package / "client.py").read_text()
    assert "from typing import Any, Self" not in client
    assert "if TYPE_CHECKING:\n    from typing_extensions import Self" in client
    # _timestamps.parse_timestamp calls fromisoformat only on a shape 3.10 reads too (test_timestamps.py).
    checked = [p for p in package.rglob("*.py") if p.name != "_timestamps.py"]
    offenders = [p.name for p in checked if "fromisoformat(" in p.read_text()]
    assert not offenders, offenders


def test_hook_refuses_output_it_does_not_recognise(tmp_path: Path) -> None:
    (tmp_path / "client.py").write_text("from typing import Any\n")
    with pytest.raises(SystemExit, match="no longer imports Self"):
        py310_compat.main(tmp_path)
