from typing import Literal

UpdateCampaignBodyWindowDaysItemType5 = Literal["sat"]

UPDATE_CAMPAIGN_BODY_WINDOW_DAYS_ITEM_TYPE_5_VALUES: set[UpdateCampaignBodyWindowDaysItemType5] = {
    "sat",
}


def check_update_campaign_body_window_days_item_type_5(value: str) -> UpdateCampaignBodyWindowDaysItemType5:
    if value in UPDATE_CAMPAIGN_BODY_WINDOW_DAYS_ITEM_TYPE_5_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_CAMPAIGN_BODY_WINDOW_DAYS_ITEM_TYPE_5_VALUES!r}"
    )
