from typing import Literal

BillingStatusModeType2 = Literal["paid"]

BILLING_STATUS_MODE_TYPE_2_VALUES: set[BillingStatusModeType2] = {
    "paid",
}


def check_billing_status_mode_type_2(value: str) -> BillingStatusModeType2:
    if value in BILLING_STATUS_MODE_TYPE_2_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BILLING_STATUS_MODE_TYPE_2_VALUES!r}")
