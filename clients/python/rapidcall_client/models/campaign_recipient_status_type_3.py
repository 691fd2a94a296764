from typing import Literal

CampaignRecipientStatusType3 = Literal["analyzing"]

CAMPAIGN_RECIPIENT_STATUS_TYPE_3_VALUES: set[CampaignRecipientStatusType3] = {
    "analyzing",
}


def check_campaign_recipient_status_type_3(value: str) -> CampaignRecipientStatusType3:
    if value in CAMPAIGN_RECIPIENT_STATUS_TYPE_3_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_RECIPIENT_STATUS_TYPE_3_VALUES!r}")
