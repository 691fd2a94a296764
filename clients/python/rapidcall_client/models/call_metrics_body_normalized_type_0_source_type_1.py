from typing import Literal

CallMetricsBodyNormalizedType0SourceType1 = Literal["telephony"]

CALL_METRICS_BODY_NORMALIZED_TYPE_0_SOURCE_TYPE_1_VALUES: set[CallMetricsBodyNormalizedType0SourceType1] = {
    "telephony",
}


def check_call_metrics_body_normalized_type_0_source_type_1(value: str) -> CallMetricsBodyNormalizedType0SourceType1:
    if value in CALL_METRICS_BODY_NORMALIZED_TYPE_0_SOURCE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CALL_METRICS_BODY_NORMALIZED_TYPE_0_SOURCE_TYPE_1_VALUES!r}"
    )
