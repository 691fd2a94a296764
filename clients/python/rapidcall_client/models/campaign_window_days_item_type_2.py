from typing import Literal

CampaignWindowDaysItemType2 = Literal["wed"]

CAMPAIGN_WINDOW_DAYS_ITEM_TYPE_2_VALUES: set[CampaignWindowDaysItemType2] = {
    "wed",
}


def check_campaign_window_days_item_type_2(value: str) -> CampaignWindowDaysItemType2:
    if value in CAMPAIGN_WINDOW_DAYS_ITEM_TYPE_2_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_WINDOW_DAYS_ITEM_TYPE_2_VALUES!r}")
