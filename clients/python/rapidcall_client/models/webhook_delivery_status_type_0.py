from typing import Literal

WebhookDeliveryStatusType0 = Literal["pending"]

WEBHOOK_DELIVERY_STATUS_TYPE_0_VALUES: set[WebhookDeliveryStatusType0] = {
    "pending",
}


def check_webhook_delivery_status_type_0(value: str) -> WebhookDeliveryStatusType0:
    if value in WEBHOOK_DELIVERY_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_DELIVERY_STATUS_TYPE_0_VALUES!r}")
