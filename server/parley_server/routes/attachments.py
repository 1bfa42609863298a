"""Attachments: upload a file, read its metadata, download its bytes, delete it."""

from __future__ import annotations

import mimetypes
import re
from urllib.parse import quote

from parley_server.context import Context, FilePart
from parley_server.errors import TooLarge, not_found
from parley_server.replies import BytesReply, Reply, Result
from parley_server.store import attachments, threads

_OCTET_STREAM = "application/octet-stream"
_UNSAFE_IN_QUOTES = re.compile(r'[^\x20-\x7e]|["\\]')


def upload_attachment(ctx: Context) -> Result:
    """Store the multipart `file` for the caller, maybe in one of its threads, and answer its metadata."""
    filename, declared, data = _uploaded_file(ctx)
    thread_id = ctx.field("thread_id")
    if thread_id is not None and threads.find(ctx.db, ctx.user_id, thread_id) is None:
        raise not_found("thread", thread_id, param="thread_id")
    name = ctx.field("name") or filename
    row = attachments.insert(
        ctx.db,
        user_id=ctx.user_id,
        thread_id=thread_id,
        name=name,
        mime_type=_mime_type(declared, name, filename),
        data=data,
    )
    return Reply(attachments.attachment_json(row), status=201)


def get_attachment(ctx: Context) -> Result:
    """Return the metadata of one of the caller's attachments."""
    row = attachments.find(ctx.db, ctx.user_id, ctx.params["attachment_id"])
    if row is None:
        raise not_found("attachment", ctx.params["attachment_id"], param="attachment_id")
    return Reply(attachments.attachment_json(row))


def delete_attachment(ctx: Context) -> Result:
    """Delete one of the caller's attachments and its content."""
    attachment_id = ctx.params["attachment_id"]
    if not attachments.delete(ctx.db, ctx.user_id, attachment_id):
        raise not_found("attachment", attachment_id, param="attachment_id")
    return Reply({"id": attachment_id, "deleted": True})


def download_attachment_content(ctx: Context) -> Result:
    """Return the attachment's bytes as `application/octet-stream`, named by `Content-Disposition`."""
    attachment_id = ctx.params["attachment_id"]
    row = attachments.find(ctx.db, ctx.user_id, attachment_id)
    data = attachments.content(ctx.db, ctx.user_id, attachment_id)
    if row is None or data is None:
        raise not_found("attachment", attachment_id, param="attachment_id")
    return BytesReply(data, _OCTET_STREAM, {"Content-Disposition": content_disposition(row["name"])})


def content_disposition(name: str) -> str:
    """`attachment; filename="..."`, plus RFC 6266 `filename*=UTF-8''...` when the name is not plain ASCII."""
    fallback = _UNSAFE_IN_QUOTES.sub("_", name)
    header = f'attachment; filename="{fallback}"'
    if fallback != name:
        header += "; filename*=UTF-8''" + quote(name, safe="!#$&+-.^_`|~")
    return header


def _uploaded_file(ctx: Context) -> tuple[str, str, bytes]:
    """The `file` part's filename, declared type and bytes; a plain form field counts as its UTF-8 text."""
    part = ctx.field("file")
    if isinstance(part, FilePart):
        return part.filename, part.content_type, part.data
    data = str(part).encode("utf-8")
    limit = ctx.services.config.max_upload_bytes
    if len(data) > limit:
        raise TooLarge("file_too_large", f"The file exceeds the limit of {limit} bytes.", param="file")
    return "upload", _OCTET_STREAM, data


def _mime_type(declared: str, name: str, filename: str) -> str:
    """The part's own `Content-Type`; when it says nothing specific, a guess from the name, else octet-stream."""
    if declared and declared.lower() != _OCTET_STREAM:
        return declared
    for candidate in (name, filename):
        guessed, _ = mimetypes.guess_type(candidate, strict=False)
        if guessed:
            return guessed
    return _OCTET_STREAM
