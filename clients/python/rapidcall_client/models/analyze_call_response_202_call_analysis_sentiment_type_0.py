from typing import Literal

AnalyzeCallResponse202CallAnalysisSentimentType0 = Literal["negative", "neutral", "positive"]

ANALYZE_CALL_RESPONSE_202_CALL_ANALYSIS_SENTIMENT_TYPE_0_VALUES: set[
    AnalyzeCallResponse202CallAnalysisSentimentType0
] = {
    "negative",
    "neutral",
    "positive",
}


def check_analyze_call_response_202_call_analysis_sentiment_type_0(
    value: str,
) -> AnalyzeCallResponse202CallAnalysisSentimentType0:
    if value in ANALYZE_CALL_RESPONSE_202_CALL_ANALYSIS_SENTIMENT_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANALYZE_CALL_RESPONSE_202_CALL_ANALYSIS_SENTIMENT_TYPE_0_VALUES!r}"
    )
