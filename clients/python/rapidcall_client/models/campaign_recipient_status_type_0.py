from typing import Literal

CampaignRecipientStatusType0 = Literal["queued"]

CAMPAIGN_RECIPIENT_STATUS_TYPE_0_VALUES: set[CampaignRecipientStatusType0] = {
    "queued",
}


def check_campaign_recipient_status_type_0(value: str) -> CampaignRecipientStatusType0:
    if value in CAMPAIGN_RECIPIENT_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_RECIPIENT_STATUS_TYPE_0_VALUES!r}")
