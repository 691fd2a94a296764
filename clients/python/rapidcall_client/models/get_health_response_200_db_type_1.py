from typing import Literal

GetHealthResponse200DbType1 = Literal["down"]

GET_HEALTH_RESPONSE_200_DB_TYPE_1_VALUES: set[GetHealthResponse200DbType1] = {
    "down",
}


def check_get_health_response_200_db_type_1(value: str) -> GetHealthResponse200DbType1:
    if value in GET_HEALTH_RESPONSE_200_DB_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_HEALTH_RESPONSE_200_DB_TYPE_1_VALUES!r}")
