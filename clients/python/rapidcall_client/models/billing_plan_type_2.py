from typing import Literal

BillingPlanType2 = Literal["scale"]

BILLING_PLAN_TYPE_2_VALUES: set[BillingPlanType2] = {
    "scale",
}


def check_billing_plan_type_2(value: str) -> BillingPlanType2:
    if value in BILLING_PLAN_TYPE_2_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BILLING_PLAN_TYPE_2_VALUES!r}")
