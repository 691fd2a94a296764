from typing import Literal

CampaignRecipientStatusType7 = Literal["dnc"]

CAMPAIGN_RECIPIENT_STATUS_TYPE_7_VALUES: set[CampaignRecipientStatusType7] = {
    "dnc",
}


def check_campaign_recipient_status_type_7(value: str) -> CampaignRecipientStatusType7:
    if value in CAMPAIGN_RECIPIENT_STATUS_TYPE_7_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_RECIPIENT_STATUS_TYPE_7_VALUES!r}")
