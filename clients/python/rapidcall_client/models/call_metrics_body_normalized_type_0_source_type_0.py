from typing import Literal

CallMetricsBodyNormalizedType0SourceType0 = Literal["web"]

CALL_METRICS_BODY_NORMALIZED_TYPE_0_SOURCE_TYPE_0_VALUES: set[CallMetricsBodyNormalizedType0SourceType0] = {
    "web",
}


def check_call_metrics_body_normalized_type_0_source_type_0(value: str) -> CallMetricsBodyNormalizedType0SourceType0:
    if value in CALL_METRICS_BODY_NORMALIZED_TYPE_0_SOURCE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CALL_METRICS_BODY_NORMALIZED_TYPE_0_SOURCE_TYPE_0_VALUES!r}"
    )
