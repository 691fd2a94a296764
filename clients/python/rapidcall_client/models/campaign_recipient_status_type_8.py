from typing import Literal

CampaignRecipientStatusType8 = Literal["skipped"]

CAMPAIGN_RECIPIENT_STATUS_TYPE_8_VALUES: set[CampaignRecipientStatusType8] = {
    "skipped",
}


def check_campaign_recipient_status_type_8(value: str) -> CampaignRecipientStatusType8:
    if value in CAMPAIGN_RECIPIENT_STATUS_TYPE_8_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_RECIPIENT_STATUS_TYPE_8_VALUES!r}")
