from typing import Literal

ListWebhookDeliveriesEventType4 = Literal["campaign_completed"]

LIST_WEBHOOK_DELIVERIES_EVENT_TYPE_4_VALUES: set[ListWebhookDeliveriesEventType4] = {
    "campaign_completed",
}


def check_list_webhook_deliveries_event_type_4(value: str) -> ListWebhookDeliveriesEventType4:
    if value in LIST_WEBHOOK_DELIVERIES_EVENT_TYPE_4_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_WEBHOOK_DELIVERIES_EVENT_TYPE_4_VALUES!r}")
