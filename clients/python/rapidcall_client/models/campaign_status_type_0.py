from typing import Literal

CampaignStatusType0 = Literal["draft"]

CAMPAIGN_STATUS_TYPE_0_VALUES: set[CampaignStatusType0] = {
    "draft",
}


def check_campaign_status_type_0(value: str) -> CampaignStatusType0:
    if value in CAMPAIGN_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_STATUS_TYPE_0_VALUES!r}")
