from typing import Literal

BillingLimitsPlanType0 = Literal["free"]

BILLING_LIMITS_PLAN_TYPE_0_VALUES: set[BillingLimitsPlanType0] = {
    "free",
}


def check_billing_limits_plan_type_0(value: str) -> BillingLimitsPlanType0:
    if value in BILLING_LIMITS_PLAN_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BILLING_LIMITS_PLAN_TYPE_0_VALUES!r}")
