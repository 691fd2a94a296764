from typing import Literal

ListCampaignRecipientsStatusType8 = Literal["skipped"]

LIST_CAMPAIGN_RECIPIENTS_STATUS_TYPE_8_VALUES: set[ListCampaignRecipientsStatusType8] = {
    "skipped",
}


def check_list_campaign_recipients_status_type_8(value: str) -> ListCampaignRecipientsStatusType8:
    if value in LIST_CAMPAIGN_RECIPIENTS_STATUS_TYPE_8_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CAMPAIGN_RECIPIENTS_STATUS_TYPE_8_VALUES!r}")
