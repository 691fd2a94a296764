from typing import Literal

CampaignWindowDaysItemType4 = Literal["fri"]

CAMPAIGN_WINDOW_DAYS_ITEM_TYPE_4_VALUES: set[CampaignWindowDaysItemType4] = {
    "fri",
}


def check_campaign_window_days_item_type_4(value: str) -> CampaignWindowDaysItemType4:
    if value in CAMPAIGN_WINDOW_DAYS_ITEM_TYPE_4_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_WINDOW_DAYS_ITEM_TYPE_4_VALUES!r}")
