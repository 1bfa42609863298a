"""Attachments: upload, read, download and delete files (`upload_attachment` ...).

Uploads are sent as multipart with a random boundary chosen by httpx (the generated code's
fixed `+++` boundary would let a file's bytes inject form fields). The file is read into memory
once, so a retried upload resends exactly the same bytes.
"""

from __future__ import annotations

import io
import os
from typing import IO, TYPE_CHECKING, Any

from parley_client.calls import attachments as calls

from .._bind import abind, bind
from .._call import content_bytes, idempotency_key, json_as
from .._twins import twin
from .._types import NOT_GIVEN, NotGiven
from ._base import AsyncResource, SyncResource, fields

if TYPE_CHECKING:
    from parley_client.models import Attachment
    from parley_client.types import File
    from typing_extensions import Unpack

    from .._types import PostOptions, RequestOptions

FileContent = bytes | str | os.PathLike[str] | IO[bytes]
"""The bytes of a file, its path, or a binary file object."""

FileInput = FileContent | tuple[str | None, FileContent] | tuple[str | None, FileContent, str | None]
"""A file's content, or `(filename, content[, content_type])` as httpx takes it."""


def read_file(file: FileInput) -> File:
    """The generated `File` for an upload: its bytes (read now), filename and content type."""
    from parley_client.types import File

    filename: str | None = None
    content_type: str | None = None
    content: Any = file
    if isinstance(file, tuple):
        if not 2 <= len(file) <= 3:
            raise ValueError("a file tuple is (filename, content) or (filename, content, content_type)")
        filename, content = file[0], file[1]
        content_type = file[2] if len(file) == 3 else None
    if isinstance(content, (str, os.PathLike)):
        with open(content, "rb") as handle:
            data = handle.read()
        filename = filename or os.path.basename(os.fspath(content))
    elif isinstance(content, (bytes, bytearray, memoryview)):
        data = bytes(content)
    elif hasattr(content, "read"):
        data = content.read()
        if isinstance(data, str):
            raise TypeError("open the file in binary mode ('rb') to upload it")
        name = getattr(content, "name", None)
        filename = filename or (os.path.basename(name) if isinstance(name, str) else None)
    else:
        raise TypeError(f"file must be bytes, a path, a binary file or a tuple, not {type(content).__name__}")
    return File(payload=io.BytesIO(data), file_name=filename or "upload", mime_type=content_type)


class Attachments(SyncResource):
    """`client.attachments`: files to reference from thread messages (`attachment_ids`)."""

    def upload(
        self,
        *,
        file: FileInput,
        thread_id: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        **options: Unpack[PostOptions],
    ) -> Attachment:
        """Upload a file (`upload_attachment`); at most 10 MiB by default (`PayloadTooLargeError`).

        `file` is bytes, a path, a binary file object, or `(filename, content[, content_type])`.
        With `thread_id` the attachment belongs to that thread and is deleted with it; `name`
        defaults to the filename.
        """
        from parley_client.api.attachments import upload_attachment
        from parley_client.models import Attachment, AttachmentUploadRequest

        body = AttachmentUploadRequest(file=read_file(file), **fields(thread_id=thread_id, name=name))
        kwargs = upload_attachment.request_kwargs(body=body, idempotency_key=idempotency_key(options))
        return self._requester.request(kwargs, options, json_as(Attachment.decode))

    def content(self, attachment_id: str, **options: Unpack[RequestOptions]) -> bytes:
        """An attachment's bytes, exactly as uploaded (`download_attachment_content`)."""
        from parley_client.api.attachments import download_attachment_content

        return self._requester.request(
            download_attachment_content.request_kwargs(attachment_id), options, content_bytes
        )

    retrieve = bind(calls.get_attachment)
    delete = bind(calls.delete_attachment)


class AsyncAttachments(AsyncResource):
    """`client.attachments` (async)."""

    upload = twin(Attachments.upload)
    content = twin(Attachments.content)
    retrieve = abind(calls.get_attachment)
    delete = abind(calls.delete_attachment)
