from typing import Literal

CallMetricsBodyEventsType0ItemTypeType2 = Literal["stt"]

CALL_METRICS_BODY_EVENTS_TYPE_0_ITEM_TYPE_TYPE_2_VALUES: set[CallMetricsBodyEventsType0ItemTypeType2] = {
    "stt",
}


def check_call_metrics_body_events_type_0_item_type_type_2(value: str) -> CallMetricsBodyEventsType0ItemTypeType2:
    if value in CALL_METRICS_BODY_EVENTS_TYPE_0_ITEM_TYPE_TYPE_2_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CALL_METRICS_BODY_EVENTS_TYPE_0_ITEM_TYPE_TYPE_2_VALUES!r}"
    )
