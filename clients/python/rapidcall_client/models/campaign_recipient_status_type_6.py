from typing import Literal

CampaignRecipientStatusType6 = Literal["canceled"]

CAMPAIGN_RECIPIENT_STATUS_TYPE_6_VALUES: set[CampaignRecipientStatusType6] = {
    "canceled",
}


def check_campaign_recipient_status_type_6(value: str) -> CampaignRecipientStatusType6:
    if value in CAMPAIGN_RECIPIENT_STATUS_TYPE_6_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_RECIPIENT_STATUS_TYPE_6_VALUES!r}")
