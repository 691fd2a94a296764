from typing import Literal

GetHealthResponse200StripeCatalogStatusType0 = Literal["ok"]

GET_HEALTH_RESPONSE_200_STRIPE_CATALOG_STATUS_TYPE_0_VALUES: set[GetHealthResponse200StripeCatalogStatusType0] = {
    "ok",
}


def check_get_health_response_200_stripe_catalog_status_type_0(
    value: str,
) -> GetHealthResponse200StripeCatalogStatusType0:
    if value in GET_HEALTH_RESPONSE_200_STRIPE_CATALOG_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_HEALTH_RESPONSE_200_STRIPE_CATALOG_STATUS_TYPE_0_VALUES!r}"
    )
