from typing import Literal

CampaignStatusType3 = Literal["paused"]

CAMPAIGN_STATUS_TYPE_3_VALUES: set[CampaignStatusType3] = {
    "paused",
}


def check_campaign_status_type_3(value: str) -> CampaignStatusType3:
    if value in CAMPAIGN_STATUS_TYPE_3_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_STATUS_TYPE_3_VALUES!r}")
