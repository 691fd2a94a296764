from typing import Literal

ListCallsDirectionType2 = Literal["web"]

LIST_CALLS_DIRECTION_TYPE_2_VALUES: set[ListCallsDirectionType2] = {
    "web",
}


def check_list_calls_direction_type_2(value: str) -> ListCallsDirectionType2:
    if value in LIST_CALLS_DIRECTION_TYPE_2_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CALLS_DIRECTION_TYPE_2_VALUES!r}")
