from typing import Literal

BillingLimitsPlanType2 = Literal["scale"]

BILLING_LIMITS_PLAN_TYPE_2_VALUES: set[BillingLimitsPlanType2] = {
    "scale",
}


def check_billing_limits_plan_type_2(value: str) -> BillingLimitsPlanType2:
    if value in BILLING_LIMITS_PLAN_TYPE_2_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BILLING_LIMITS_PLAN_TYPE_2_VALUES!r}")
