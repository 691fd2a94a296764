from typing import Literal

ListWebhookDeliveriesEventType1 = Literal["call_ended"]

LIST_WEBHOOK_DELIVERIES_EVENT_TYPE_1_VALUES: set[ListWebhookDeliveriesEventType1] = {
    "call_ended",
}


def check_list_webhook_deliveries_event_type_1(value: str) -> ListWebhookDeliveriesEventType1:
    if value in LIST_WEBHOOK_DELIVERIES_EVENT_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_WEBHOOK_DELIVERIES_EVENT_TYPE_1_VALUES!r}")
