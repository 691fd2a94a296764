from typing import Literal

ListCampaignRecipientsStatusType3 = Literal["analyzing"]

LIST_CAMPAIGN_RECIPIENTS_STATUS_TYPE_3_VALUES: set[ListCampaignRecipientsStatusType3] = {
    "analyzing",
}


def check_list_campaign_recipients_status_type_3(value: str) -> ListCampaignRecipientsStatusType3:
    if value in LIST_CAMPAIGN_RECIPIENTS_STATUS_TYPE_3_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CAMPAIGN_RECIPIENTS_STATUS_TYPE_3_VALUES!r}")
