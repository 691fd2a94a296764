from typing import Literal

GetHealthResponse503StripeCatalogStatusType0 = Literal["ok"]

GET_HEALTH_RESPONSE_503_STRIPE_CATALOG_STATUS_TYPE_0_VALUES: set[GetHealthResponse503StripeCatalogStatusType0] = {
    "ok",
}


def check_get_health_response_503_stripe_catalog_status_type_0(
    value: str,
) -> GetHealthResponse503StripeCatalogStatusType0:
    if value in GET_HEALTH_RESPONSE_503_STRIPE_CATALOG_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_HEALTH_RESPONSE_503_STRIPE_CATALOG_STATUS_TYPE_0_VALUES!r}"
    )
