from typing import Literal

CallStatusType4 = Literal["failed"]

CALL_STATUS_TYPE_4_VALUES: set[CallStatusType4] = {
    "failed",
}


def check_call_status_type_4(value: str) -> CallStatusType4:
    if value in CALL_STATUS_TYPE_4_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALL_STATUS_TYPE_4_VALUES!r}")
