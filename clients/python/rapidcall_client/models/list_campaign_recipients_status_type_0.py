from typing import Literal

ListCampaignRecipientsStatusType0 = Literal["queued"]

LIST_CAMPAIGN_RECIPIENTS_STATUS_TYPE_0_VALUES: set[ListCampaignRecipientsStatusType0] = {
    "queued",
}


def check_list_campaign_recipients_status_type_0(value: str) -> ListCampaignRecipientsStatusType0:
    if value in LIST_CAMPAIGN_RECIPIENTS_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CAMPAIGN_RECIPIENTS_STATUS_TYPE_0_VALUES!r}")
