from typing import Literal

ListWebhookDeliveriesStatusType1 = Literal["delivered"]

LIST_WEBHOOK_DELIVERIES_STATUS_TYPE_1_VALUES: set[ListWebhookDeliveriesStatusType1] = {
    "delivered",
}


def check_list_webhook_deliveries_status_type_1(value: str) -> ListWebhookDeliveriesStatusType1:
    if value in LIST_WEBHOOK_DELIVERIES_STATUS_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_WEBHOOK_DELIVERIES_STATUS_TYPE_1_VALUES!r}")
