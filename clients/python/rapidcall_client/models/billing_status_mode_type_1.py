from typing import Literal

BillingStatusModeType1 = Literal["trial"]

BILLING_STATUS_MODE_TYPE_1_VALUES: set[BillingStatusModeType1] = {
    "trial",
}


def check_billing_status_mode_type_1(value: str) -> BillingStatusModeType1:
    if value in BILLING_STATUS_MODE_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BILLING_STATUS_MODE_TYPE_1_VALUES!r}")
