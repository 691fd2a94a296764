from typing import Literal

ListCallsStatusType0 = Literal["created"]

LIST_CALLS_STATUS_TYPE_0_VALUES: set[ListCallsStatusType0] = {
    "created",
}


def check_list_calls_status_type_0(value: str) -> ListCallsStatusType0:
    if value in LIST_CALLS_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CALLS_STATUS_TYPE_0_VALUES!r}")
