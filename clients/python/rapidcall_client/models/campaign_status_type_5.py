from typing import Literal

CampaignStatusType5 = Literal["canceled"]

CAMPAIGN_STATUS_TYPE_5_VALUES: set[CampaignStatusType5] = {
    "canceled",
}


def check_campaign_status_type_5(value: str) -> CampaignStatusType5:
    if value in CAMPAIGN_STATUS_TYPE_5_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_STATUS_TYPE_5_VALUES!r}")
