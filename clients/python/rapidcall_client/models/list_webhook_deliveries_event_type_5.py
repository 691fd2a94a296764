from typing import Literal

ListWebhookDeliveriesEventType5 = Literal["campaign_recipient_completed"]

LIST_WEBHOOK_DELIVERIES_EVENT_TYPE_5_VALUES: set[ListWebhookDeliveriesEventType5] = {
    "campaign_recipient_completed",
}


def check_list_webhook_deliveries_event_type_5(value: str) -> ListWebhookDeliveriesEventType5:
    if value in LIST_WEBHOOK_DELIVERIES_EVENT_TYPE_5_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_WEBHOOK_DELIVERIES_EVENT_TYPE_5_VALUES!r}")
