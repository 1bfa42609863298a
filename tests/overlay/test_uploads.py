"""Uploads go out as multipart with a random boundary (no field injection); downloads are bytes."""

from __future__ import annotations

import io
import mimetypes
import re
from email.parser import BytesParser
from email.policy import HTTP
from pathlib import Path

import httpx
import pytest

from .conftest import Recorder, error_response, mock_client
from .flavours import Flavour

ATTACHMENT = {
    "id": "att_1",
    "name": "a.txt",
    "mime_type": "text/plain",
    "size": 3,
    "sha256": "0" * 64,
    "thread_id": None,
    "created_at": "2026-11-22T09:30:30Z",
}


def created(request: httpx.Request) -> httpx.Response:
    return httpx.Response(201, json=ATTACHMENT)


def parts(request: httpx.Request) -> list[tuple[str | None, str | None, str | None, bytes]]:
    """(field name, filename, content type, bytes) of each multipart part, as a standard parser reads them."""
    head = f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + request.content)
    found = []
    for part in message.iter_parts():
        disposition = part.get("content-disposition")
        name = re.search(r'name="([^"]*)"', disposition)
        filename = re.search(r'filename="([^"]*)"', disposition)
        found.append(
            (
                name.group(1) if name else None,
                filename.group(1) if filename else None,
                part.get_content_type() if part.get("content-type") else None,
                part.get_payload(decode=True),
            )
        )
    return found


def test_a_file_that_looks_like_a_multipart_boundary_cannot_inject_fields() -> None:
    evil = b'line1\r\n--+++\r\nContent-Disposition: form-data; name="thread_id"\r\n\r\nthr_victim\r\n--+++--\r\n'
    recorder = Recorder(created)
    mock_client(recorder).attachments.upload(file=("evil.txt", evil, "text/plain"), name="evil.txt")
    sent = recorder.requests[0]
    boundary = sent.headers["content-type"].split("boundary=")[1]
    assert sent.headers["content-type"].startswith("multipart/form-data; boundary=") and boundary != "+++"
    assert parts(sent) == [("file", "evil.txt", "text/plain", evil), ("name", None, "text/plain", b"evil.txt")]


def test_boundaries_are_random_per_upload() -> None:
    recorder = Recorder(created)
    client = mock_client(recorder)
    client.attachments.upload(file=b"a")
    client.attachments.upload(file=b"a")
    first, second = (r.headers["content-type"] for r in recorder.requests)
    assert first != second


def test_file_forms(tmp_path: Path) -> None:
    path = tmp_path / "invoice-4417.pdf"
    path.write_bytes(b"%PDF-1.7 bytes")
    recorder = Recorder(created)
    client = mock_client(recorder)
    client.attachments.upload(file=path, thread_id="thr_1")
    client.attachments.upload(file=str(path))
    with path.open("rb") as handle:
        client.attachments.upload(file=handle)
    client.attachments.upload(file=io.BytesIO(b"raw"))
    client.attachments.upload(file=b"plain bytes")
    client.attachments.upload(file=("notes.md", b"# hi"))
    got = [parts(r) for r in recorder.requests]
    assert got[0] == [
        ("file", "invoice-4417.pdf", "application/pdf", b"%PDF-1.7 bytes"),
        ("thread_id", None, "text/plain", b"thr_1"),
    ]
    assert got[1] == got[2] == [("file", "invoice-4417.pdf", "application/pdf", b"%PDF-1.7 bytes")]
    assert got[3] == [("file", "upload", "application/octet-stream", b"raw")]
    assert got[4] == [("file", "upload", "application/octet-stream", b"plain bytes")]
    markdown = mimetypes.guess_type("notes.md")[0] or "application/octet-stream"
    assert got[5] == [("file", "notes.md", markdown, b"# hi")]


def test_bad_file_arguments() -> None:
    client = mock_client(Recorder(created))
    with pytest.raises(TypeError, match="binary mode"):
        client.attachments.upload(file=io.StringIO("text"))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="file must be"):
        client.attachments.upload(file=123)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="file tuple"):
        client.attachments.upload(file=("only-a-name",))


def test_a_retried_upload_resends_the_same_bytes(flavour: Flavour, waits: list[float]) -> None:
    source = io.BytesIO(b"read once from a stream")
    recorder = Recorder([error_response(503), httpx.Response(201, json=ATTACHMENT)])
    flavour.client(recorder).attachments.upload(file=source)
    first, second = recorder.requests
    assert parts(first) == parts(second) and parts(first)[0][3] == b"read once from a stream"
    assert first.headers["idempotency-key"] == second.headers["idempotency-key"]


def test_extra_body_becomes_form_fields_of_an_upload() -> None:
    recorder = Recorder(created)
    mock_client(recorder).attachments.upload(file=b"x", extra_body={"purpose": "vision"})
    assert ("purpose", None, None, b"vision") in parts(recorder.requests[0])


def test_download_returns_the_bytes() -> None:
    content = bytes(range(256)) * 3
    recorder = Recorder(
        lambda r: httpx.Response(200, content=content, headers={"content-type": "application/octet-stream"})
    )
    assert mock_client(recorder).attachments.content("att_1") == content
    assert recorder.requests[0].url.path == "/v1/attachments/att_1/content"
