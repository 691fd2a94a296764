from typing import Literal

ListCampaignRecipientsStatusType5 = Literal["failed"]

LIST_CAMPAIGN_RECIPIENTS_STATUS_TYPE_5_VALUES: set[ListCampaignRecipientsStatusType5] = {
    "failed",
}


def check_list_campaign_recipients_status_type_5(value: str) -> ListCampaignRecipientsStatusType5:
    if value in LIST_CAMPAIGN_RECIPIENTS_STATUS_TYPE_5_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CAMPAIGN_RECIPIENTS_STATUS_TYPE_5_VALUES!r}")
