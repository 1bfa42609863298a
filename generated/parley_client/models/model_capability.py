from typing import Literal

ModelCapability = Literal["chat", "json_mode", "streaming", "tools", "vision"]

MODEL_CAPABILITY_VALUES: set[ModelCapability] = {
    "chat",
    "json_mode",
    "streaming",
    "tools",
    "vision",
}


def check_model_capability(value: str) -> ModelCapability:
    if value in MODEL_CAPABILITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MODEL_CAPABILITY_VALUES!r}")
