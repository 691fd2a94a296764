from typing import Literal

WebhookDeliveryStatusType1 = Literal["delivered"]

WEBHOOK_DELIVERY_STATUS_TYPE_1_VALUES: set[WebhookDeliveryStatusType1] = {
    "delivered",
}


def check_webhook_delivery_status_type_1(value: str) -> WebhookDeliveryStatusType1:
    if value in WEBHOOK_DELIVERY_STATUS_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_DELIVERY_STATUS_TYPE_1_VALUES!r}")
