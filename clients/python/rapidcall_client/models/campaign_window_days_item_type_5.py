from typing import Literal

CampaignWindowDaysItemType5 = Literal["sat"]

CAMPAIGN_WINDOW_DAYS_ITEM_TYPE_5_VALUES: set[CampaignWindowDaysItemType5] = {
    "sat",
}


def check_campaign_window_days_item_type_5(value: str) -> CampaignWindowDaysItemType5:
    if value in CAMPAIGN_WINDOW_DAYS_ITEM_TYPE_5_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_WINDOW_DAYS_ITEM_TYPE_5_VALUES!r}")
