from typing import Literal

WebhookDeliveryStatusType2 = Literal["failed"]

WEBHOOK_DELIVERY_STATUS_TYPE_2_VALUES: set[WebhookDeliveryStatusType2] = {
    "failed",
}


def check_webhook_delivery_status_type_2(value: str) -> WebhookDeliveryStatusType2:
    if value in WEBHOOK_DELIVERY_STATUS_TYPE_2_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_DELIVERY_STATUS_TYPE_2_VALUES!r}")
