from typing import Literal

ListCampaignRecipientsStatusType6 = Literal["canceled"]

LIST_CAMPAIGN_RECIPIENTS_STATUS_TYPE_6_VALUES: set[ListCampaignRecipientsStatusType6] = {
    "canceled",
}


def check_list_campaign_recipients_status_type_6(value: str) -> ListCampaignRecipientsStatusType6:
    if value in LIST_CAMPAIGN_RECIPIENTS_STATUS_TYPE_6_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CAMPAIGN_RECIPIENTS_STATUS_TYPE_6_VALUES!r}")
