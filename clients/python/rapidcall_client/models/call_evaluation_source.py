from typing import Literal

CallEvaluationSource = Literal["auto", "manual"]

CALL_EVALUATION_SOURCE_VALUES: set[CallEvaluationSource] = {
    "auto",
    "manual",
}


def check_call_evaluation_source(value: str) -> CallEvaluationSource:
    if value in CALL_EVALUATION_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALL_EVALUATION_SOURCE_VALUES!r}")
