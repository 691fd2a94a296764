from typing import Literal

CallAnalysisStatus = Literal["done", "failed", "pending", "skipped"]

CALL_ANALYSIS_STATUS_VALUES: set[CallAnalysisStatus] = {
    "done",
    "failed",
    "pending",
    "skipped",
}


def check_call_analysis_status(value: str) -> CallAnalysisStatus:
    if value in CALL_ANALYSIS_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALL_ANALYSIS_STATUS_VALUES!r}")
