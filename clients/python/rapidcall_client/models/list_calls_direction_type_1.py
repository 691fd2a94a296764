from typing import Literal

ListCallsDirectionType1 = Literal["outbound"]

LIST_CALLS_DIRECTION_TYPE_1_VALUES: set[ListCallsDirectionType1] = {
    "outbound",
}


def check_list_calls_direction_type_1(value: str) -> ListCallsDirectionType1:
    if value in LIST_CALLS_DIRECTION_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CALLS_DIRECTION_TYPE_1_VALUES!r}")
