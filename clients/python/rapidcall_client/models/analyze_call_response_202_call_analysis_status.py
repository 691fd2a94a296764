from typing import Literal

AnalyzeCallResponse202CallAnalysisStatus = Literal["done", "failed", "pending", "skipped"]

ANALYZE_CALL_RESPONSE_202_CALL_ANALYSIS_STATUS_VALUES: set[AnalyzeCallResponse202CallAnalysisStatus] = {
    "done",
    "failed",
    "pending",
    "skipped",
}


def check_analyze_call_response_202_call_analysis_status(value: str) -> AnalyzeCallResponse202CallAnalysisStatus:
    if value in ANALYZE_CALL_RESPONSE_202_CALL_ANALYSIS_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANALYZE_CALL_RESPONSE_202_CALL_ANALYSIS_STATUS_VALUES!r}"
    )
