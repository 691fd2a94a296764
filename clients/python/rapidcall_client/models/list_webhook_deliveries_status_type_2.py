from typing import Literal

ListWebhookDeliveriesStatusType2 = Literal["failed"]

LIST_WEBHOOK_DELIVERIES_STATUS_TYPE_2_VALUES: set[ListWebhookDeliveriesStatusType2] = {
    "failed",
}


def check_list_webhook_deliveries_status_type_2(value: str) -> ListWebhookDeliveriesStatusType2:
    if value in LIST_WEBHOOK_DELIVERIES_STATUS_TYPE_2_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_WEBHOOK_DELIVERIES_STATUS_TYPE_2_VALUES!r}")
