from typing import Literal

CampaignStatusType1 = Literal["scheduled"]

CAMPAIGN_STATUS_TYPE_1_VALUES: set[CampaignStatusType1] = {
    "scheduled",
}


def check_campaign_status_type_1(value: str) -> CampaignStatusType1:
    if value in CAMPAIGN_STATUS_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_STATUS_TYPE_1_VALUES!r}")
