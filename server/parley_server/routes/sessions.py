"""PLACEHOLDER: replaced by the area implementation."""

from parley_server.context import Context
from parley_server.errors import ApiError
from parley_server.replies import Result


def list_sessions(ctx: Context) -> Result:
    """Placeholder."""
    raise ApiError(500, "not_implemented", "list_sessions is not implemented yet.")


def get_session(ctx: Context) -> Result:
    """Placeholder."""
    raise ApiError(500, "not_implemented", "get_session is not implemented yet.")


def update_session(ctx: Context) -> Result:
    """Placeholder."""
    raise ApiError(500, "not_implemented", "update_session is not implemented yet.")


def delete_session(ctx: Context) -> Result:
    """Placeholder."""
    raise ApiError(500, "not_implemented", "delete_session is not implemented yet.")

