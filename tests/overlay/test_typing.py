"""What `mypy --strict` sees of the public surface: the async methods are the sync ones' twins, typed.

The async resources are built by `twin(...)` from the sync methods (no hand-kept stubs); this
checks, with the repository's mypy, that the twins keep the overloads and name the async classes.
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SNIPPET = """
from parley import AsyncParley, Parley

async def check(client: Parley, aclient: AsyncParley) -> None:
    reveal_type(client.threads("t").chat("hi"))
    reveal_type(client.threads("t").chat("hi", stream=False))
    reveal_type(client.threads("t").action("approve", payload={"a": 1}))
    reveal_type(client.threads("t").runs("r").events(after=3))
    reveal_type(client.threads.list(limit=3))
    reveal_type(client.chat.completions.create(model="m", messages="hi"))
    reveal_type(client.chat.completions.create(model="m", messages="hi", stream=True))
    reveal_type(client.create_completion(model="m", messages="hi", stream=True))
    reveal_type(await aclient.threads("t").chat("hi"))
    reveal_type(await aclient.threads("t").chat("hi", stream=False))
    reveal_type(await aclient.threads("t").retry("item", stream=True))
    reveal_type(await aclient.threads("t").runs("r").events(after=3))
    reveal_type(aclient.threads.list(limit=3))
    reveal_type(await aclient.chat.completions.create(model="m", messages="hi"))
    reveal_type(await aclient.chat.completions.create(model="m", messages="hi", stream=True))
    reveal_type(await aclient.create_completion(model="m", messages="hi", stream=True))
    reveal_type(await aclient.models.retrieve("echo-1"))
    for event in client.threads("t").chat("hi"):
        reveal_type(event)
    async for item in aclient.threads("t").items.list():
        reveal_type(item)
    client.threads("t").chat("hi", temperatur=0.2)
    await aclient.threads("t").chat("hi", stream="yes")
"""

EXPECTED = [
    "parley._streams.run.ThreadRunStream",
    "parley_client.models.thread_run_result.ThreadRunResult",
    "parley._streams.run.ThreadRunStream",
    "parley._streams.run.ThreadRunStream",
    "parley._pagination.SyncPage[parley_client.models.thread.Thread]",
    "parley_client.models.chat_completion.ChatCompletion",
    "parley._streams.completion.Stream[parley_client.models.chat_completion_chunk.ChatCompletionChunk]",
    "parley._streams.completion.Stream[parley_client.models.chat_completion_chunk.ChatCompletionChunk]",
    "parley._streams.run.AsyncThreadRunStream",
    "parley_client.models.thread_run_result.ThreadRunResult",
    "parley._streams.run.AsyncThreadRunStream",
    "parley._streams.run.AsyncThreadRunStream",
    "parley._pagination.AsyncPaginator[parley_client.models.thread.Thread]",
    "parley_client.models.chat_completion.ChatCompletion",
    "parley._streams.completion.AsyncStream[parley_client.models.chat_completion_chunk.ChatCompletionChunk]",
    "parley._streams.completion.AsyncStream[parley_client.models.chat_completion_chunk.ChatCompletionChunk]",
    "parley_client.models.model.Model",
]


def test_mypy_sees_the_async_twins_with_their_overloads_and_async_classes(tmp_path: Path) -> None:
    source = tmp_path / "check_surface.py"
    source.write_text(textwrap.dedent(SNIPPET))
    # In a process of its own: mypy's build raises the collector's thresholds and never restores them.
    checked = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--python-version=3.10",
            f"--config-file={ROOT / 'pyproject.toml'}",
            str(source),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    out, err = checked.stdout, checked.stderr
    revealed = re.findall(r'Revealed type is "(.*)"', out)
    assert revealed[: len(EXPECTED)] == EXPECTED, out + err
    event, item = revealed[len(EXPECTED) :]
    assert event.startswith("parley_client.models.run_created_event.RunCreatedEvent |") and "ErrorEvent" in event
    assert "UserMessageItem" in item and "ActionItem" in item
    errors = [line for line in out.splitlines() if ": error:" in line]
    lines = {int(re.findall(r"\.py:(\d+): error", line)[0]) for line in errors}
    assert lines == {26, 27}, out  # the misspelt keyword and the non-bool stream are refused
    assert "temperatur" in errors[0]
