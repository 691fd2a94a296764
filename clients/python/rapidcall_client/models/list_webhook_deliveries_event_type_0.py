from typing import Literal

ListWebhookDeliveriesEventType0 = Literal["call_started"]

LIST_WEBHOOK_DELIVERIES_EVENT_TYPE_0_VALUES: set[ListWebhookDeliveriesEventType0] = {
    "call_started",
}


def check_list_webhook_deliveries_event_type_0(value: str) -> ListWebhookDeliveriesEventType0:
    if value in LIST_WEBHOOK_DELIVERIES_EVENT_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_WEBHOOK_DELIVERIES_EVENT_TYPE_0_VALUES!r}")
