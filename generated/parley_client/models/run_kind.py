from typing import Literal

RunKind = Literal["action", "chat", "retry"]

RUN_KIND_VALUES: set[RunKind] = {
    "action",
    "chat",
    "retry",
}


def check_run_kind(value: str) -> RunKind:
    if value in RUN_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RUN_KIND_VALUES!r}")
