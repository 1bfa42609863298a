from typing import Literal

ThreadStatus = Literal["active", "closed", "locked"]

THREAD_STATUS_VALUES: set[ThreadStatus] = {
    "active",
    "closed",
    "locked",
}


def check_thread_status(value: str) -> ThreadStatus:
    if value in THREAD_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {THREAD_STATUS_VALUES!r}")
