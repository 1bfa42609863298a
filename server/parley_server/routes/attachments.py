"""PLACEHOLDER: replaced by the area implementation."""

from parley_server.context import Context
from parley_server.errors import ApiError
from parley_server.replies import Result


def upload_attachment(ctx: Context) -> Result:
    """Placeholder."""
    raise ApiError(500, "not_implemented", "upload_attachment is not implemented yet.")


def get_attachment(ctx: Context) -> Result:
    """Placeholder."""
    raise ApiError(500, "not_implemented", "get_attachment is not implemented yet.")


def delete_attachment(ctx: Context) -> Result:
    """Placeholder."""
    raise ApiError(500, "not_implemented", "delete_attachment is not implemented yet.")


def download_attachment_content(ctx: Context) -> Result:
    """Placeholder."""
    raise ApiError(500, "not_implemented", "download_attachment_content is not implemented yet.")

