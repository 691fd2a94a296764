from typing import Literal

ListCallsStatusType2 = Literal["active"]

LIST_CALLS_STATUS_TYPE_2_VALUES: set[ListCallsStatusType2] = {
    "active",
}


def check_list_calls_status_type_2(value: str) -> ListCallsStatusType2:
    if value in LIST_CALLS_STATUS_TYPE_2_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CALLS_STATUS_TYPE_2_VALUES!r}")
