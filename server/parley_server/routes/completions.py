"""PLACEHOLDER: replaced by the area implementation."""

from parley_server.context import Context
from parley_server.errors import ApiError
from parley_server.replies import Result


def create_chat_completion(ctx: Context) -> Result:
    """Placeholder."""
    raise ApiError(500, "not_implemented", "create_chat_completion is not implemented yet.")

