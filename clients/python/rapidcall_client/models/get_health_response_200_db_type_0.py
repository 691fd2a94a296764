from typing import Literal

GetHealthResponse200DbType0 = Literal["ok"]

GET_HEALTH_RESPONSE_200_DB_TYPE_0_VALUES: set[GetHealthResponse200DbType0] = {
    "ok",
}


def check_get_health_response_200_db_type_0(value: str) -> GetHealthResponse200DbType0:
    if value in GET_HEALTH_RESPONSE_200_DB_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_HEALTH_RESPONSE_200_DB_TYPE_0_VALUES!r}")
