from typing import Literal

CallCallCostChargedToType0 = Literal["trial"]

CALL_CALL_COST_CHARGED_TO_TYPE_0_VALUES: set[CallCallCostChargedToType0] = {
    "trial",
}


def check_call_call_cost_charged_to_type_0(value: str) -> CallCallCostChargedToType0:
    if value in CALL_CALL_COST_CHARGED_TO_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALL_CALL_COST_CHARGED_TO_TYPE_0_VALUES!r}")
