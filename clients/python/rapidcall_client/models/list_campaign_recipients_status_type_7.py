from typing import Literal

ListCampaignRecipientsStatusType7 = Literal["dnc"]

LIST_CAMPAIGN_RECIPIENTS_STATUS_TYPE_7_VALUES: set[ListCampaignRecipientsStatusType7] = {
    "dnc",
}


def check_list_campaign_recipients_status_type_7(value: str) -> ListCampaignRecipientsStatusType7:
    if value in LIST_CAMPAIGN_RECIPIENTS_STATUS_TYPE_7_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CAMPAIGN_RECIPIENTS_STATUS_TYPE_7_VALUES!r}")
