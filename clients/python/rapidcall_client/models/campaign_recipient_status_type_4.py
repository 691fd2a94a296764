from typing import Literal

CampaignRecipientStatusType4 = Literal["completed"]

CAMPAIGN_RECIPIENT_STATUS_TYPE_4_VALUES: set[CampaignRecipientStatusType4] = {
    "completed",
}


def check_campaign_recipient_status_type_4(value: str) -> CampaignRecipientStatusType4:
    if value in CAMPAIGN_RECIPIENT_STATUS_TYPE_4_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_RECIPIENT_STATUS_TYPE_4_VALUES!r}")
