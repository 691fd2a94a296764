from typing import Literal

CampaignWindowDaysItemType0 = Literal["mon"]

CAMPAIGN_WINDOW_DAYS_ITEM_TYPE_0_VALUES: set[CampaignWindowDaysItemType0] = {
    "mon",
}


def check_campaign_window_days_item_type_0(value: str) -> CampaignWindowDaysItemType0:
    if value in CAMPAIGN_WINDOW_DAYS_ITEM_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_WINDOW_DAYS_ITEM_TYPE_0_VALUES!r}")
