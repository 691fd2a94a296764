from typing import Literal

CampaignStatusType4 = Literal["completed"]

CAMPAIGN_STATUS_TYPE_4_VALUES: set[CampaignStatusType4] = {
    "completed",
}


def check_campaign_status_type_4(value: str) -> CampaignStatusType4:
    if value in CAMPAIGN_STATUS_TYPE_4_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_STATUS_TYPE_4_VALUES!r}")
