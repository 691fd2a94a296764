from typing import Literal

CallMetricsBodyEventsType0ItemTypeType1 = Literal["llm"]

CALL_METRICS_BODY_EVENTS_TYPE_0_ITEM_TYPE_TYPE_1_VALUES: set[CallMetricsBodyEventsType0ItemTypeType1] = {
    "llm",
}


def check_call_metrics_body_events_type_0_item_type_type_1(value: str) -> CallMetricsBodyEventsType0ItemTypeType1:
    if value in CALL_METRICS_BODY_EVENTS_TYPE_0_ITEM_TYPE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CALL_METRICS_BODY_EVENTS_TYPE_0_ITEM_TYPE_TYPE_1_VALUES!r}"
    )
