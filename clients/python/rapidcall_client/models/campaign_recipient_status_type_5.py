from typing import Literal

CampaignRecipientStatusType5 = Literal["failed"]

CAMPAIGN_RECIPIENT_STATUS_TYPE_5_VALUES: set[CampaignRecipientStatusType5] = {
    "failed",
}


def check_campaign_recipient_status_type_5(value: str) -> CampaignRecipientStatusType5:
    if value in CAMPAIGN_RECIPIENT_STATUS_TYPE_5_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_RECIPIENT_STATUS_TYPE_5_VALUES!r}")
