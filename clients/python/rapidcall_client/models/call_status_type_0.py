from typing import Literal

CallStatusType0 = Literal["created"]

CALL_STATUS_TYPE_0_VALUES: set[CallStatusType0] = {
    "created",
}


def check_call_status_type_0(value: str) -> CallStatusType0:
    if value in CALL_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALL_STATUS_TYPE_0_VALUES!r}")
