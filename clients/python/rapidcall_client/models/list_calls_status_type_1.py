from typing import Literal

ListCallsStatusType1 = Literal["ringing"]

LIST_CALLS_STATUS_TYPE_1_VALUES: set[ListCallsStatusType1] = {
    "ringing",
}


def check_list_calls_status_type_1(value: str) -> ListCallsStatusType1:
    if value in LIST_CALLS_STATUS_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CALLS_STATUS_TYPE_1_VALUES!r}")
