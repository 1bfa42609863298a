from typing import Literal

ChatImageUrlDetail = Literal["auto", "high", "low"]

CHAT_IMAGE_URL_DETAIL_VALUES: set[ChatImageUrlDetail] = {
    "auto",
    "high",
    "low",
}


def check_chat_image_url_detail(value: str) -> ChatImageUrlDetail:
    if value in CHAT_IMAGE_URL_DETAIL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHAT_IMAGE_URL_DETAIL_VALUES!r}")
