from typing import Literal

CreateBillingCheckoutBodyPlanType0 = Literal["pro"]

CREATE_BILLING_CHECKOUT_BODY_PLAN_TYPE_0_VALUES: set[CreateBillingCheckoutBodyPlanType0] = {
    "pro",
}


def check_create_billing_checkout_body_plan_type_0(value: str) -> CreateBillingCheckoutBodyPlanType0:
    if value in CREATE_BILLING_CHECKOUT_BODY_PLAN_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_BILLING_CHECKOUT_BODY_PLAN_TYPE_0_VALUES!r}")
