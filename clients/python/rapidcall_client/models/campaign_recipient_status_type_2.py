from typing import Literal

CampaignRecipientStatusType2 = Literal["in_call"]

CAMPAIGN_RECIPIENT_STATUS_TYPE_2_VALUES: set[CampaignRecipientStatusType2] = {
    "in_call",
}


def check_campaign_recipient_status_type_2(value: str) -> CampaignRecipientStatusType2:
    if value in CAMPAIGN_RECIPIENT_STATUS_TYPE_2_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_RECIPIENT_STATUS_TYPE_2_VALUES!r}")
