from typing import Literal

CallMetricsBodyEventsType0ItemTypeType3 = Literal["tts"]

CALL_METRICS_BODY_EVENTS_TYPE_0_ITEM_TYPE_TYPE_3_VALUES: set[CallMetricsBodyEventsType0ItemTypeType3] = {
    "tts",
}


def check_call_metrics_body_events_type_0_item_type_type_3(value: str) -> CallMetricsBodyEventsType0ItemTypeType3:
    if value in CALL_METRICS_BODY_EVENTS_TYPE_0_ITEM_TYPE_TYPE_3_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CALL_METRICS_BODY_EVENTS_TYPE_0_ITEM_TYPE_TYPE_3_VALUES!r}"
    )
