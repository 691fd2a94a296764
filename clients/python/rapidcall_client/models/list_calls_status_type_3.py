from typing import Literal

ListCallsStatusType3 = Literal["ended"]

LIST_CALLS_STATUS_TYPE_3_VALUES: set[ListCallsStatusType3] = {
    "ended",
}


def check_list_calls_status_type_3(value: str) -> ListCallsStatusType3:
    if value in LIST_CALLS_STATUS_TYPE_3_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CALLS_STATUS_TYPE_3_VALUES!r}")
