from typing import Literal

CallMetricsBodyNormalizedType0SourceType2 = Literal["unknown"]

CALL_METRICS_BODY_NORMALIZED_TYPE_0_SOURCE_TYPE_2_VALUES: set[CallMetricsBodyNormalizedType0SourceType2] = {
    "unknown",
}


def check_call_metrics_body_normalized_type_0_source_type_2(value: str) -> CallMetricsBodyNormalizedType0SourceType2:
    if value in CALL_METRICS_BODY_NORMALIZED_TYPE_0_SOURCE_TYPE_2_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CALL_METRICS_BODY_NORMALIZED_TYPE_0_SOURCE_TYPE_2_VALUES!r}"
    )
