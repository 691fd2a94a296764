from typing import Literal

CampaignWindowDaysItemType6 = Literal["sun"]

CAMPAIGN_WINDOW_DAYS_ITEM_TYPE_6_VALUES: set[CampaignWindowDaysItemType6] = {
    "sun",
}


def check_campaign_window_days_item_type_6(value: str) -> CampaignWindowDaysItemType6:
    if value in CAMPAIGN_WINDOW_DAYS_ITEM_TYPE_6_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_WINDOW_DAYS_ITEM_TYPE_6_VALUES!r}")
