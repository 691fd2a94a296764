from typing import Literal

WebhookDeliveryEventType3 = Literal["campaign_started"]

WEBHOOK_DELIVERY_EVENT_TYPE_3_VALUES: set[WebhookDeliveryEventType3] = {
    "campaign_started",
}


def check_webhook_delivery_event_type_3(value: str) -> WebhookDeliveryEventType3:
    if value in WEBHOOK_DELIVERY_EVENT_TYPE_3_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_DELIVERY_EVENT_TYPE_3_VALUES!r}")
