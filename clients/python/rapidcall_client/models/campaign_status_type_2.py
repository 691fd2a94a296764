from typing import Literal

CampaignStatusType2 = Literal["running"]

CAMPAIGN_STATUS_TYPE_2_VALUES: set[CampaignStatusType2] = {
    "running",
}


def check_campaign_status_type_2(value: str) -> CampaignStatusType2:
    if value in CAMPAIGN_STATUS_TYPE_2_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_STATUS_TYPE_2_VALUES!r}")
