"""Attachments through HTTP: upload, metadata, download, delete, limits and isolation."""

from __future__ import annotations

import hashlib
import re
import signal
from collections.abc import Callable, Iterator
from urllib.parse import unquote

import httpx

from tests.live_server import LiveServer

ID = re.compile(r"^att_[0-9a-f]{24}$")
STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$")


def upload(client: httpx.Client, content: bytes, filename: str = "notes.txt", **fields: str) -> httpx.Response:
    """Upload `content` as the `file` part (type guessed by httpx from the filename)."""
    return client.post("/v1/attachments", files={"file": (filename, content)}, data=fields)


def test_upload_answers_the_metadata_and_download_returns_the_same_bytes(new_user: Callable[[], httpx.Client]) -> None:
    user = new_user()
    content = b"order 4417: 2 items\n\x00\xff binary tail"
    response = upload(user, content, "invoice-4417.pdf")
    assert response.status_code == 201, response.text
    body = response.json()
    assert ID.match(body["id"])
    assert STAMP.match(body["created_at"])
    assert body == {
        "id": body["id"],
        "name": "invoice-4417.pdf",
        "mime_type": "application/pdf",
        "size": len(content),
        "sha256": hashlib.sha256(content).hexdigest(),
        "thread_id": None,
        "created_at": body["created_at"],
    }
    assert user.get(f"/v1/attachments/{body['id']}").json() == body

    download = user.get(f"/v1/attachments/{body['id']}/content")
    assert download.status_code == 200
    assert download.content == content
    assert download.headers["content-type"] == "application/octet-stream"
    assert download.headers["content-disposition"] == 'attachment; filename="invoice-4417.pdf"'
    assert download.headers["x-request-id"].startswith("req_")


def test_name_field_overrides_the_filename_and_explicit_type_is_kept(new_user: Callable[[], httpx.Client]) -> None:
    user = new_user()
    response = user.post(
        "/v1/attachments", files={"file": ("a.bin", b"{}", "application/json")}, data={"name": "report final.json"}
    )
    assert response.status_code == 201, response.text
    assert response.json()["name"] == "report final.json"
    assert response.json()["mime_type"] == "application/json"


def test_mime_type_is_guessed_from_the_name_when_the_part_says_octet_stream(
    new_user: Callable[[], httpx.Client],
) -> None:
    user = new_user()
    guessed = user.post("/v1/attachments", files={"file": ("photo.png", b"\x89PNG", "application/octet-stream")})
    assert guessed.json()["mime_type"] == "image/png"
    unknown = user.post("/v1/attachments", files={"file": ("blob", b"\x01\x02", "application/octet-stream")})
    assert unknown.json()["mime_type"] == "application/octet-stream"


def test_a_plain_string_file_field_is_stored_as_its_utf8_bytes(new_user: Callable[[], httpx.Client]) -> None:
    user = new_user()
    # `data=` sends `file` as an ordinary form field (no filename); httpx needs a file part to use multipart.
    response = user.post("/v1/attachments", data={"file": "héllo"}, files={"other": ("x.txt", b"x")})
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["size"] == len("héllo".encode())
    assert body["sha256"] == hashlib.sha256("héllo".encode()).hexdigest()
    assert user.get(f"/v1/attachments/{body['id']}/content").content == "héllo".encode()


def test_an_empty_file_is_a_valid_attachment(new_user: Callable[[], httpx.Client]) -> None:
    user = new_user()
    body = upload(user, b"", "empty.txt").json()
    assert body["size"] == 0
    assert body["sha256"] == hashlib.sha256(b"").hexdigest()
    assert user.get(f"/v1/attachments/{body['id']}/content").content == b""


def test_non_ascii_names_get_an_rfc6266_filename_star(new_user: Callable[[], httpx.Client]) -> None:
    user = new_user()
    body = upload(user, b"x", "x.txt", name='Überweisung "März".txt').json()
    header = user.get(f"/v1/attachments/{body['id']}/content").headers["content-disposition"]
    assert header.startswith("attachment; filename=\"_berweisung _M_rz_.txt\"; filename*=UTF-8''")
    assert unquote(header.split("UTF-8''", 1)[1]) == 'Überweisung "März".txt'


def test_missing_file_part_is_a_400_naming_file(new_user: Callable[[], httpx.Client]) -> None:
    user = new_user()
    response = user.post("/v1/attachments", files={"other": ("x.txt", b"x")}, data={"name": "n"})
    assert response.status_code == 400
    assert response.json()["error"]["param"] == "file"


def test_a_json_body_is_a_400(new_user: Callable[[], httpx.Client]) -> None:
    response = new_user().post("/v1/attachments", json={"file": "abc"})
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "unsupported_content_type"


def test_files_over_the_limit_are_413_and_at_the_limit_are_stored(new_user: Callable[[], httpx.Client]) -> None:
    user = new_user()
    limit = 10 * 1024 * 1024
    at_limit = upload(user, b"a" * limit, "big.bin")
    assert at_limit.status_code == 201, at_limit.text
    assert at_limit.json()["size"] == limit
    too_big = upload(user, b"a" * (limit + 1), "big.bin")
    assert too_big.status_code == 413
    error = too_big.json()["error"]
    assert error["param"] == "file"
    assert error["type"] == "invalid_request_error"
    assert error["request_id"] == too_big.headers["x-request-id"]
    far_too_big = upload(user, b"a" * (limit + 1024 * 1024), "huge.bin")
    assert far_too_big.status_code == 413


def test_plain_string_files_over_the_limit_are_413(new_user: Callable[[], httpx.Client]) -> None:
    user = new_user()
    limit = 10 * 1024 * 1024
    for size in (limit + 1, limit + 4096):
        response = user.post("/v1/attachments", data={"file": "a" * size}, files={"other": ("x.txt", b"x")})
        assert response.status_code == 413, (size, response.text)
        assert response.json()["error"]["code"] == "file_too_large"


def test_chunked_uploads_over_the_limit_are_413(new_user: Callable[[], httpx.Client]) -> None:
    boundary = "b0undary"
    payload = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.bin"\r\n\r\n'.encode()
        + b"a" * (10 * 1024 * 1024 + 1)
        + f"\r\n--{boundary}--\r\n".encode()
    )

    def chunks() -> Iterator[bytes]:
        for start in range(0, len(payload), 1024 * 1024):
            yield payload[start : start + 1024 * 1024]

    headers = {"Content-Type": f"multipart/form-data; boundary={boundary}"}
    response = new_user().post("/v1/attachments", content=chunks(), headers=headers)
    assert "content-length" not in response.request.headers
    assert response.status_code == 413
    assert response.json()["error"]["param"] == "file"


def test_delete_makes_every_operation_404(new_user: Callable[[], httpx.Client]) -> None:
    user = new_user()
    attachment_id = upload(user, b"bye").json()["id"]
    deleted = user.delete(f"/v1/attachments/{attachment_id}")
    assert deleted.status_code == 200
    assert deleted.json() == {"id": attachment_id, "deleted": True}
    for response in (
        user.get(f"/v1/attachments/{attachment_id}"),
        user.get(f"/v1/attachments/{attachment_id}/content"),
        user.delete(f"/v1/attachments/{attachment_id}"),
    ):
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "attachment_not_found"
        assert response.json()["error"]["param"] == "attachment_id"


def test_another_users_attachment_is_404_everywhere(new_user: Callable[[], httpx.Client]) -> None:
    owner, stranger = new_user(), new_user()
    attachment_id = upload(owner, b"private").json()["id"]
    for response in (
        stranger.get(f"/v1/attachments/{attachment_id}"),
        stranger.get(f"/v1/attachments/{attachment_id}/content"),
        stranger.delete(f"/v1/attachments/{attachment_id}"),
    ):
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "attachment_not_found"
    assert owner.get(f"/v1/attachments/{attachment_id}/content").content == b"private"


def test_admin_keys_do_not_see_users_attachments(new_user: Callable[[], httpx.Client], admin: httpx.Client) -> None:
    attachment_id = upload(new_user(), b"private").json()["id"]
    assert admin.get(f"/v1/attachments/{attachment_id}").status_code == 404


def test_thread_id_must_be_one_of_the_callers_threads(new_user: Callable[[], httpx.Client]) -> None:
    owner, stranger = new_user(), new_user()
    thread = owner.post("/v1/threads", json={"title": "with files"})
    assert thread.status_code == 201, thread.text
    thread_id = thread.json()["id"]

    stored = upload(owner, b"in a thread", thread_id=thread_id)
    assert stored.status_code == 201, stored.text
    assert stored.json()["thread_id"] == thread_id

    foreign = upload(stranger, b"not yours", thread_id=thread_id)
    assert foreign.status_code == 404
    assert foreign.json()["error"]["code"] == "thread_not_found"
    assert foreign.json()["error"]["param"] == "thread_id"
    missing = upload(owner, b"nowhere", thread_id="thr_doesnotexist")
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "thread_not_found"


def test_deleting_the_thread_deletes_its_attachments(new_user: Callable[[], httpx.Client]) -> None:
    user = new_user()
    thread_id = user.post("/v1/threads", json={}).json()["id"]
    in_thread = upload(user, b"goes with the thread", thread_id=thread_id).json()["id"]
    loose = upload(user, b"stays").json()["id"]
    assert user.delete(f"/v1/threads/{thread_id}").status_code == 200
    assert user.get(f"/v1/attachments/{in_thread}").status_code == 404
    assert user.get(f"/v1/attachments/{in_thread}/content").status_code == 404
    assert user.get(f"/v1/attachments/{loose}").status_code == 200


def test_idempotent_upload_stores_one_attachment(new_user: Callable[[], httpx.Client]) -> None:
    user = new_user()
    headers = {"Idempotency-Key": "upload-once"}
    first = user.post("/v1/attachments", files={"file": ("a.txt", b"once")}, headers=headers)
    second = user.post("/v1/attachments", files={"file": ("a.txt", b"once")}, headers=headers)
    assert first.status_code == second.status_code == 201
    assert second.json() == first.json()
    assert second.headers["idempotent-replayed"] == "true"
    other = user.post("/v1/attachments", files={"file": ("a.txt", b"twice")}, headers=headers)
    assert other.status_code == 409
    assert other.json()["error"]["code"] == "idempotency_key_reused"


def test_attachments_survive_a_crash(make_server: Callable[..., LiveServer]) -> None:
    live = make_server()
    key = live.new_key("user_restart")
    with live.client(key) as user:
        attachment_id = upload(user, b"durable").json()["id"]
    live.stop(signal.SIGKILL)
    live.start()
    with live.client(key) as user:
        assert user.get(f"/v1/attachments/{attachment_id}/content").content == b"durable"
