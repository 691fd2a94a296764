from typing import Literal

BillingPlanType1 = Literal["pro"]

BILLING_PLAN_TYPE_1_VALUES: set[BillingPlanType1] = {
    "pro",
}


def check_billing_plan_type_1(value: str) -> BillingPlanType1:
    if value in BILLING_PLAN_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BILLING_PLAN_TYPE_1_VALUES!r}")
