from typing import Literal

GetHealthResponse503StatusType1 = Literal["degraded"]

GET_HEALTH_RESPONSE_503_STATUS_TYPE_1_VALUES: set[GetHealthResponse503StatusType1] = {
    "degraded",
}


def check_get_health_response_503_status_type_1(value: str) -> GetHealthResponse503StatusType1:
    if value in GET_HEALTH_RESPONSE_503_STATUS_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_HEALTH_RESPONSE_503_STATUS_TYPE_1_VALUES!r}")
