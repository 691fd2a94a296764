from typing import Literal

UpdateCampaignBodyWindowDaysItemType6 = Literal["sun"]

UPDATE_CAMPAIGN_BODY_WINDOW_DAYS_ITEM_TYPE_6_VALUES: set[UpdateCampaignBodyWindowDaysItemType6] = {
    "sun",
}


def check_update_campaign_body_window_days_item_type_6(value: str) -> UpdateCampaignBodyWindowDaysItemType6:
    if value in UPDATE_CAMPAIGN_BODY_WINDOW_DAYS_ITEM_TYPE_6_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_CAMPAIGN_BODY_WINDOW_DAYS_ITEM_TYPE_6_VALUES!r}"
    )
