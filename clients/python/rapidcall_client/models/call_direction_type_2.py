from typing import Literal

CallDirectionType2 = Literal["web"]

CALL_DIRECTION_TYPE_2_VALUES: set[CallDirectionType2] = {
    "web",
}


def check_call_direction_type_2(value: str) -> CallDirectionType2:
    if value in CALL_DIRECTION_TYPE_2_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALL_DIRECTION_TYPE_2_VALUES!r}")
