from typing import Literal

CampaignRecipientStatusType1 = Literal["dialing"]

CAMPAIGN_RECIPIENT_STATUS_TYPE_1_VALUES: set[CampaignRecipientStatusType1] = {
    "dialing",
}


def check_campaign_recipient_status_type_1(value: str) -> CampaignRecipientStatusType1:
    if value in CAMPAIGN_RECIPIENT_STATUS_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_RECIPIENT_STATUS_TYPE_1_VALUES!r}")
