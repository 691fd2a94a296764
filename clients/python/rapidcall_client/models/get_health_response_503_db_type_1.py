from typing import Literal

GetHealthResponse503DbType1 = Literal["down"]

GET_HEALTH_RESPONSE_503_DB_TYPE_1_VALUES: set[GetHealthResponse503DbType1] = {
    "down",
}


def check_get_health_response_503_db_type_1(value: str) -> GetHealthResponse503DbType1:
    if value in GET_HEALTH_RESPONSE_503_DB_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_HEALTH_RESPONSE_503_DB_TYPE_1_VALUES!r}")
