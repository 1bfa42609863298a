from typing import Literal

SystemHealthStatus = Literal["degraded", "healthy"]

SYSTEM_HEALTH_STATUS_VALUES: set[SystemHealthStatus] = {
    "degraded",
    "healthy",
}


def check_system_health_status(value: str) -> SystemHealthStatus:
    if value in SYSTEM_HEALTH_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SYSTEM_HEALTH_STATUS_VALUES!r}")
