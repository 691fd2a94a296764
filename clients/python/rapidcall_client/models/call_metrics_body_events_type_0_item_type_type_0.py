from typing import Literal

CallMetricsBodyEventsType0ItemTypeType0 = Literal["turn"]

CALL_METRICS_BODY_EVENTS_TYPE_0_ITEM_TYPE_TYPE_0_VALUES: set[CallMetricsBodyEventsType0ItemTypeType0] = {
    "turn",
}


def check_call_metrics_body_events_type_0_item_type_type_0(value: str) -> CallMetricsBodyEventsType0ItemTypeType0:
    if value in CALL_METRICS_BODY_EVENTS_TYPE_0_ITEM_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CALL_METRICS_BODY_EVENTS_TYPE_0_ITEM_TYPE_TYPE_0_VALUES!r}"
    )
