from typing import Literal

CallDirectionType1 = Literal["outbound"]

CALL_DIRECTION_TYPE_1_VALUES: set[CallDirectionType1] = {
    "outbound",
}


def check_call_direction_type_1(value: str) -> CallDirectionType1:
    if value in CALL_DIRECTION_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALL_DIRECTION_TYPE_1_VALUES!r}")
