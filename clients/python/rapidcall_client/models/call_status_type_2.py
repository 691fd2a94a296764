from typing import Literal

CallStatusType2 = Literal["active"]

CALL_STATUS_TYPE_2_VALUES: set[CallStatusType2] = {
    "active",
}


def check_call_status_type_2(value: str) -> CallStatusType2:
    if value in CALL_STATUS_TYPE_2_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALL_STATUS_TYPE_2_VALUES!r}")
