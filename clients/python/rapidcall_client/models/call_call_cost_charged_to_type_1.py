from typing import Literal

CallCallCostChargedToType1 = Literal["paid"]

CALL_CALL_COST_CHARGED_TO_TYPE_1_VALUES: set[CallCallCostChargedToType1] = {
    "paid",
}


def check_call_call_cost_charged_to_type_1(value: str) -> CallCallCostChargedToType1:
    if value in CALL_CALL_COST_CHARGED_TO_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALL_CALL_COST_CHARGED_TO_TYPE_1_VALUES!r}")
