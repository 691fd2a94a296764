from typing import Literal

WebhookDeliveryEventType0 = Literal["call_started"]

WEBHOOK_DELIVERY_EVENT_TYPE_0_VALUES: set[WebhookDeliveryEventType0] = {
    "call_started",
}


def check_webhook_delivery_event_type_0(value: str) -> WebhookDeliveryEventType0:
    if value in WEBHOOK_DELIVERY_EVENT_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_DELIVERY_EVENT_TYPE_0_VALUES!r}")
