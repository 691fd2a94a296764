from typing import Literal

CallStatusType3 = Literal["ended"]

CALL_STATUS_TYPE_3_VALUES: set[CallStatusType3] = {
    "ended",
}


def check_call_status_type_3(value: str) -> CallStatusType3:
    if value in CALL_STATUS_TYPE_3_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALL_STATUS_TYPE_3_VALUES!r}")
