from typing import Literal

CallDirectionType0 = Literal["inbound"]

CALL_DIRECTION_TYPE_0_VALUES: set[CallDirectionType0] = {
    "inbound",
}


def check_call_direction_type_0(value: str) -> CallDirectionType0:
    if value in CALL_DIRECTION_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALL_DIRECTION_TYPE_0_VALUES!r}")
