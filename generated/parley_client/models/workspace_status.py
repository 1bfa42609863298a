from typing import Literal

WorkspaceStatus = Literal["active", "ended"]

WORKSPACE_STATUS_VALUES: set[WorkspaceStatus] = {
    "active",
    "ended",
}


def check_workspace_status(value: str) -> WorkspaceStatus:
    if value in WORKSPACE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WORKSPACE_STATUS_VALUES!r}")
