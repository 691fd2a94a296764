from typing import Literal

ListCampaignRecipientsStatusType1 = Literal["dialing"]

LIST_CAMPAIGN_RECIPIENTS_STATUS_TYPE_1_VALUES: set[ListCampaignRecipientsStatusType1] = {
    "dialing",
}


def check_list_campaign_recipients_status_type_1(value: str) -> ListCampaignRecipientsStatusType1:
    if value in LIST_CAMPAIGN_RECIPIENTS_STATUS_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CAMPAIGN_RECIPIENTS_STATUS_TYPE_1_VALUES!r}")
