"""PLACEHOLDER: replaced by the area implementation."""

from parley_server.context import Context
from parley_server.errors import ApiError
from parley_server.replies import Result


def list_models(ctx: Context) -> Result:
    """Placeholder."""
    raise ApiError(500, "not_implemented", "list_models is not implemented yet.")


def get_model(ctx: Context) -> Result:
    """Placeholder."""
    raise ApiError(500, "not_implemented", "get_model is not implemented yet.")

