from typing import Literal

WebhookDeliveryEventType2 = Literal["call_analyzed"]

WEBHOOK_DELIVERY_EVENT_TYPE_2_VALUES: set[WebhookDeliveryEventType2] = {
    "call_analyzed",
}


def check_webhook_delivery_event_type_2(value: str) -> WebhookDeliveryEventType2:
    if value in WEBHOOK_DELIVERY_EVENT_TYPE_2_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_DELIVERY_EVENT_TYPE_2_VALUES!r}")
