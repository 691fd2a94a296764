from typing import Literal

ListCampaignRecipientsStatusType2 = Literal["in_call"]

LIST_CAMPAIGN_RECIPIENTS_STATUS_TYPE_2_VALUES: set[ListCampaignRecipientsStatusType2] = {
    "in_call",
}


def check_list_campaign_recipients_status_type_2(value: str) -> ListCampaignRecipientsStatusType2:
    if value in LIST_CAMPAIGN_RECIPIENTS_STATUS_TYPE_2_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CAMPAIGN_RECIPIENTS_STATUS_TYPE_2_VALUES!r}")
