from typing import Literal

BillingStatusModeType0 = Literal["unmetered"]

BILLING_STATUS_MODE_TYPE_0_VALUES: set[BillingStatusModeType0] = {
    "unmetered",
}


def check_billing_status_mode_type_0(value: str) -> BillingStatusModeType0:
    if value in BILLING_STATUS_MODE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BILLING_STATUS_MODE_TYPE_0_VALUES!r}")
