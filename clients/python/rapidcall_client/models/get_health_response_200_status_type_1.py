from typing import Literal

GetHealthResponse200StatusType1 = Literal["degraded"]

GET_HEALTH_RESPONSE_200_STATUS_TYPE_1_VALUES: set[GetHealthResponse200StatusType1] = {
    "degraded",
}


def check_get_health_response_200_status_type_1(value: str) -> GetHealthResponse200StatusType1:
    if value in GET_HEALTH_RESPONSE_200_STATUS_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_HEALTH_RESPONSE_200_STATUS_TYPE_1_VALUES!r}")
