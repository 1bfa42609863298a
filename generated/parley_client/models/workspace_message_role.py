from typing import Literal

WorkspaceMessageRole = Literal["ai", "human", "system", "user"]

WORKSPACE_MESSAGE_ROLE_VALUES: set[WorkspaceMessageRole] = {
    "ai",
    "human",
    "system",
    "user",
}


def check_workspace_message_role(value: str) -> WorkspaceMessageRole:
    if value in WORKSPACE_MESSAGE_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WORKSPACE_MESSAGE_ROLE_VALUES!r}")
