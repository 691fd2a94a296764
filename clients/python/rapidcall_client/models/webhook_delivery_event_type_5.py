from typing import Literal

WebhookDeliveryEventType5 = Literal["campaign_recipient_completed"]

WEBHOOK_DELIVERY_EVENT_TYPE_5_VALUES: set[WebhookDeliveryEventType5] = {
    "campaign_recipient_completed",
}


def check_webhook_delivery_event_type_5(value: str) -> WebhookDeliveryEventType5:
    if value in WEBHOOK_DELIVERY_EVENT_TYPE_5_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_DELIVERY_EVENT_TYPE_5_VALUES!r}")
