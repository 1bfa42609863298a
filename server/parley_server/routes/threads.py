"""PLACEHOLDER: replaced by the area implementation."""

from parley_server.context import Context
from parley_server.errors import ApiError
from parley_server.replies import Result


def create_thread(ctx: Context) -> Result:
    """Placeholder."""
    raise ApiError(500, "not_implemented", "create_thread is not implemented yet.")


def list_threads(ctx: Context) -> Result:
    """Placeholder."""
    raise ApiError(500, "not_implemented", "list_threads is not implemented yet.")


def get_thread(ctx: Context) -> Result:
    """Placeholder."""
    raise ApiError(500, "not_implemented", "get_thread is not implemented yet.")


def update_thread(ctx: Context) -> Result:
    """Placeholder."""
    raise ApiError(500, "not_implemented", "update_thread is not implemented yet.")


def delete_thread(ctx: Context) -> Result:
    """Placeholder."""
    raise ApiError(500, "not_implemented", "delete_thread is not implemented yet.")


def list_thread_items(ctx: Context) -> Result:
    """Placeholder."""
    raise ApiError(500, "not_implemented", "list_thread_items is not implemented yet.")


def chat_thread(ctx: Context) -> Result:
    """Placeholder."""
    raise ApiError(500, "not_implemented", "chat_thread is not implemented yet.")


def cancel_thread_run(ctx: Context) -> Result:
    """Placeholder."""
    raise ApiError(500, "not_implemented", "cancel_thread_run is not implemented yet.")


def get_thread_run(ctx: Context) -> Result:
    """Placeholder."""
    raise ApiError(500, "not_implemented", "get_thread_run is not implemented yet.")


def stream_thread_run_events(ctx: Context) -> Result:
    """Placeholder."""
    raise ApiError(500, "not_implemented", "stream_thread_run_events is not implemented yet.")


def create_item_feedback(ctx: Context) -> Result:
    """Placeholder."""
    raise ApiError(500, "not_implemented", "create_item_feedback is not implemented yet.")


def run_thread_action(ctx: Context) -> Result:
    """Placeholder."""
    raise ApiError(500, "not_implemented", "run_thread_action is not implemented yet.")


def retry_thread_run(ctx: Context) -> Result:
    """Placeholder."""
    raise ApiError(500, "not_implemented", "retry_thread_run is not implemented yet.")

