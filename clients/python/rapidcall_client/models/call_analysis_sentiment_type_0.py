from typing import Literal

CallAnalysisSentimentType0 = Literal["negative", "neutral", "positive"]

CALL_ANALYSIS_SENTIMENT_TYPE_0_VALUES: set[CallAnalysisSentimentType0] = {
    "negative",
    "neutral",
    "positive",
}


def check_call_analysis_sentiment_type_0(value: str) -> CallAnalysisSentimentType0:
    if value in CALL_ANALYSIS_SENTIMENT_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALL_ANALYSIS_SENTIMENT_TYPE_0_VALUES!r}")
