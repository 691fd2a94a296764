from typing import Literal

GetHealthResponse200StripeCatalogStatusType1 = Literal["mismatch"]

GET_HEALTH_RESPONSE_200_STRIPE_CATALOG_STATUS_TYPE_1_VALUES: set[GetHealthResponse200StripeCatalogStatusType1] = {
    "mismatch",
}


def check_get_health_response_200_stripe_catalog_status_type_1(
    value: str,
) -> GetHealthResponse200StripeCatalogStatusType1:
    if value in GET_HEALTH_RESPONSE_200_STRIPE_CATALOG_STATUS_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_HEALTH_RESPONSE_200_STRIPE_CATALOG_STATUS_TYPE_1_VALUES!r}"
    )
