from typing import Literal

CreateBillingCheckoutBodyPlanType1 = Literal["scale"]

CREATE_BILLING_CHECKOUT_BODY_PLAN_TYPE_1_VALUES: set[CreateBillingCheckoutBodyPlanType1] = {
    "scale",
}


def check_create_billing_checkout_body_plan_type_1(value: str) -> CreateBillingCheckoutBodyPlanType1:
    if value in CREATE_BILLING_CHECKOUT_BODY_PLAN_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_BILLING_CHECKOUT_BODY_PLAN_TYPE_1_VALUES!r}")
