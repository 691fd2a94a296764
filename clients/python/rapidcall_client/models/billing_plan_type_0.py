from typing import Literal

BillingPlanType0 = Literal["free"]

BILLING_PLAN_TYPE_0_VALUES: set[BillingPlanType0] = {
    "free",
}


def check_billing_plan_type_0(value: str) -> BillingPlanType0:
    if value in BILLING_PLAN_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BILLING_PLAN_TYPE_0_VALUES!r}")
