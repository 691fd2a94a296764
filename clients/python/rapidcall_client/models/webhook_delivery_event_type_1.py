from typing import Literal

WebhookDeliveryEventType1 = Literal["call_ended"]

WEBHOOK_DELIVERY_EVENT_TYPE_1_VALUES: set[WebhookDeliveryEventType1] = {
    "call_ended",
}


def check_webhook_delivery_event_type_1(value: str) -> WebhookDeliveryEventType1:
    if value in WEBHOOK_DELIVERY_EVENT_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_DELIVERY_EVENT_TYPE_1_VALUES!r}")
