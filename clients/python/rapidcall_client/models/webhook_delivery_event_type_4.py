from typing import Literal

WebhookDeliveryEventType4 = Literal["campaign_completed"]

WEBHOOK_DELIVERY_EVENT_TYPE_4_VALUES: set[WebhookDeliveryEventType4] = {
    "campaign_completed",
}


def check_webhook_delivery_event_type_4(value: str) -> WebhookDeliveryEventType4:
    if value in WEBHOOK_DELIVERY_EVENT_TYPE_4_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_DELIVERY_EVENT_TYPE_4_VALUES!r}")
