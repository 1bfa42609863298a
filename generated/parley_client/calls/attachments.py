"""The typed calls of the `attachments` operations (written by tools/sdk_calls.py; `make generate`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import (
    Call,
    RequestOptions,
    checked,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..models import Attachment, DeletedObject


def get_attachment(
    attachment_id: str,
    **options: Unpack[RequestOptions],
) -> Call[Attachment]:
    """An attachment's metadata: name, type, size, sha256 (`get_attachment`)."""
    checked(options, RequestOptions, "get_attachment()")
    from ..api.attachments import get_attachment as operation
    from ..models import Attachment

    return Call(operation.request_kwargs(attachment_id), options, Attachment.decode)


def delete_attachment(
    attachment_id: str,
    **options: Unpack[RequestOptions],
) -> Call[DeletedObject]:
    """Delete an attachment and its content (`delete_attachment`)."""
    checked(options, RequestOptions, "delete_attachment()")
    from ..api.attachments import delete_attachment as operation
    from ..models import DeletedObject

    return Call(operation.request_kwargs(attachment_id), options, DeletedObject.decode)
