from typing import Literal

FeedbackKind = Literal["negative", "positive"]

FEEDBACK_KIND_VALUES: set[FeedbackKind] = {
    "negative",
    "positive",
}


def check_feedback_kind(value: str) -> FeedbackKind:
    if value in FEEDBACK_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FEEDBACK_KIND_VALUES!r}")
