"""PLACEHOLDER: replaced by the area implementation."""

from parley_server.context import Context
from parley_server.errors import ApiError
from parley_server.replies import Result


def create_workspace(ctx: Context) -> Result:
    """Placeholder."""
    raise ApiError(500, "not_implemented", "create_workspace is not implemented yet.")


def list_workspaces(ctx: Context) -> Result:
    """Placeholder."""
    raise ApiError(500, "not_implemented", "list_workspaces is not implemented yet.")


def get_workspace_by_client_id(ctx: Context) -> Result:
    """Placeholder."""
    raise ApiError(500, "not_implemented", "get_workspace_by_client_id is not implemented yet.")


def get_workspace(ctx: Context) -> Result:
    """Placeholder."""
    raise ApiError(500, "not_implemented", "get_workspace is not implemented yet.")


def update_workspace(ctx: Context) -> Result:
    """Placeholder."""
    raise ApiError(500, "not_implemented", "update_workspace is not implemented yet.")


def send_workspace_message(ctx: Context) -> Result:
    """Placeholder."""
    raise ApiError(500, "not_implemented", "send_workspace_message is not implemented yet.")


def list_workspace_messages(ctx: Context) -> Result:
    """Placeholder."""
    raise ApiError(500, "not_implemented", "list_workspace_messages is not implemented yet.")


def send_typing_preview(ctx: Context) -> Result:
    """Placeholder."""
    raise ApiError(500, "not_implemented", "send_typing_preview is not implemented yet.")


def get_typing_preview(ctx: Context) -> Result:
    """Placeholder."""
    raise ApiError(500, "not_implemented", "get_typing_preview is not implemented yet.")


def end_workspace(ctx: Context) -> Result:
    """Placeholder."""
    raise ApiError(500, "not_implemented", "end_workspace is not implemented yet.")


def list_workspace_drafts(ctx: Context) -> Result:
    """Placeholder."""
    raise ApiError(500, "not_implemented", "list_workspace_drafts is not implemented yet.")


def approve_workspace_draft(ctx: Context) -> Result:
    """Placeholder."""
    raise ApiError(500, "not_implemented", "approve_workspace_draft is not implemented yet.")


def reject_workspace_draft(ctx: Context) -> Result:
    """Placeholder."""
    raise ApiError(500, "not_implemented", "reject_workspace_draft is not implemented yet.")


def send_agent_message(ctx: Context) -> Result:
    """Placeholder."""
    raise ApiError(500, "not_implemented", "send_agent_message is not implemented yet.")

