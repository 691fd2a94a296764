from typing import Literal

ListCallsStatusType4 = Literal["failed"]

LIST_CALLS_STATUS_TYPE_4_VALUES: set[ListCallsStatusType4] = {
    "failed",
}


def check_list_calls_status_type_4(value: str) -> ListCallsStatusType4:
    if value in LIST_CALLS_STATUS_TYPE_4_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CALLS_STATUS_TYPE_4_VALUES!r}")
