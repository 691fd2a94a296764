from typing import Literal

GetHealthResponse503StripeCatalogStatusType1 = Literal["mismatch"]

GET_HEALTH_RESPONSE_503_STRIPE_CATALOG_STATUS_TYPE_1_VALUES: set[GetHealthResponse503StripeCatalogStatusType1] = {
    "mismatch",
}


def check_get_health_response_503_stripe_catalog_status_type_1(
    value: str,
) -> GetHealthResponse503StripeCatalogStatusType1:
    if value in GET_HEALTH_RESPONSE_503_STRIPE_CATALOG_STATUS_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_HEALTH_RESPONSE_503_STRIPE_CATALOG_STATUS_TYPE_1_VALUES!r}"
    )
