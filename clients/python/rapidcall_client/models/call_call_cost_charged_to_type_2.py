from typing import Literal

CallCallCostChargedToType2 = Literal["unmetered"]

CALL_CALL_COST_CHARGED_TO_TYPE_2_VALUES: set[CallCallCostChargedToType2] = {
    "unmetered",
}


def check_call_call_cost_charged_to_type_2(value: str) -> CallCallCostChargedToType2:
    if value in CALL_CALL_COST_CHARGED_TO_TYPE_2_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALL_CALL_COST_CHARGED_TO_TYPE_2_VALUES!r}")
