from typing import Literal

GetHealthResponse503StripeCatalogStatusType2 = Literal["unavailable"]

GET_HEALTH_RESPONSE_503_STRIPE_CATALOG_STATUS_TYPE_2_VALUES: set[GetHealthResponse503StripeCatalogStatusType2] = {
    "unavailable",
}


def check_get_health_response_503_stripe_catalog_status_type_2(
    value: str,
) -> GetHealthResponse503StripeCatalogStatusType2:
    if value in GET_HEALTH_RESPONSE_503_STRIPE_CATALOG_STATUS_TYPE_2_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_HEALTH_RESPONSE_503_STRIPE_CATALOG_STATUS_TYPE_2_VALUES!r}"
    )
