from typing import Literal

GetHealthResponse200StripeCatalogStatusType2 = Literal["unavailable"]

GET_HEALTH_RESPONSE_200_STRIPE_CATALOG_STATUS_TYPE_2_VALUES: set[GetHealthResponse200StripeCatalogStatusType2] = {
    "unavailable",
}


def check_get_health_response_200_stripe_catalog_status_type_2(
    value: str,
) -> GetHealthResponse200StripeCatalogStatusType2:
    if value in GET_HEALTH_RESPONSE_200_STRIPE_CATALOG_STATUS_TYPE_2_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_HEALTH_RESPONSE_200_STRIPE_CATALOG_STATUS_TYPE_2_VALUES!r}"
    )
