from typing import Literal

CampaignWindowDaysItemType1 = Literal["tue"]

CAMPAIGN_WINDOW_DAYS_ITEM_TYPE_1_VALUES: set[CampaignWindowDaysItemType1] = {
    "tue",
}


def check_campaign_window_days_item_type_1(value: str) -> CampaignWindowDaysItemType1:
    if value in CAMPAIGN_WINDOW_DAYS_ITEM_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_WINDOW_DAYS_ITEM_TYPE_1_VALUES!r}")
