from typing import Literal

ListCampaignRecipientsStatusType4 = Literal["completed"]

LIST_CAMPAIGN_RECIPIENTS_STATUS_TYPE_4_VALUES: set[ListCampaignRecipientsStatusType4] = {
    "completed",
}


def check_list_campaign_recipients_status_type_4(value: str) -> ListCampaignRecipientsStatusType4:
    if value in LIST_CAMPAIGN_RECIPIENTS_STATUS_TYPE_4_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CAMPAIGN_RECIPIENTS_STATUS_TYPE_4_VALUES!r}")
