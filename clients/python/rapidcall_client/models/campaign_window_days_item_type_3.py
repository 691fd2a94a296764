from typing import Literal

CampaignWindowDaysItemType3 = Literal["thu"]

CAMPAIGN_WINDOW_DAYS_ITEM_TYPE_3_VALUES: set[CampaignWindowDaysItemType3] = {
    "thu",
}


def check_campaign_window_days_item_type_3(value: str) -> CampaignWindowDaysItemType3:
    if value in CAMPAIGN_WINDOW_DAYS_ITEM_TYPE_3_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_WINDOW_DAYS_ITEM_TYPE_3_VALUES!r}")
