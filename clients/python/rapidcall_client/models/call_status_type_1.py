from typing import Literal

CallStatusType1 = Literal["ringing"]

CALL_STATUS_TYPE_1_VALUES: set[CallStatusType1] = {
    "ringing",
}


def check_call_status_type_1(value: str) -> CallStatusType1:
    if value in CALL_STATUS_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALL_STATUS_TYPE_1_VALUES!r}")
