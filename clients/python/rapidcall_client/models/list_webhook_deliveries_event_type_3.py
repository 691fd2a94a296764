from typing import Literal

ListWebhookDeliveriesEventType3 = Literal["campaign_started"]

LIST_WEBHOOK_DELIVERIES_EVENT_TYPE_3_VALUES: set[ListWebhookDeliveriesEventType3] = {
    "campaign_started",
}


def check_list_webhook_deliveries_event_type_3(value: str) -> ListWebhookDeliveriesEventType3:
    if value in LIST_WEBHOOK_DELIVERIES_EVENT_TYPE_3_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_WEBHOOK_DELIVERIES_EVENT_TYPE_3_VALUES!r}")
