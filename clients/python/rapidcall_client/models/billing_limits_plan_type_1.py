from typing import Literal

BillingLimitsPlanType1 = Literal["pro"]

BILLING_LIMITS_PLAN_TYPE_1_VALUES: set[BillingLimitsPlanType1] = {
    "pro",
}


def check_billing_limits_plan_type_1(value: str) -> BillingLimitsPlanType1:
    if value in BILLING_LIMITS_PLAN_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BILLING_LIMITS_PLAN_TYPE_1_VALUES!r}")
