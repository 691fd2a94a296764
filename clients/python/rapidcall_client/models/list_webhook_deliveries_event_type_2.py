from typing import Literal

ListWebhookDeliveriesEventType2 = Literal["call_analyzed"]

LIST_WEBHOOK_DELIVERIES_EVENT_TYPE_2_VALUES: set[ListWebhookDeliveriesEventType2] = {
    "call_analyzed",
}


def check_list_webhook_deliveries_event_type_2(value: str) -> ListWebhookDeliveriesEventType2:
    if value in LIST_WEBHOOK_DELIVERIES_EVENT_TYPE_2_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_WEBHOOK_DELIVERIES_EVENT_TYPE_2_VALUES!r}")
