from typing import Literal

DraftStatus = Literal["approved", "pending", "rejected"]

DRAFT_STATUS_VALUES: set[DraftStatus] = {
    "approved",
    "pending",
    "rejected",
}


def check_draft_status(value: str) -> DraftStatus:
    if value in DRAFT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DRAFT_STATUS_VALUES!r}")
