from typing import Literal

UpdateCampaignBodyWindowDaysItemType1 = Literal["tue"]

UPDATE_CAMPAIGN_BODY_WINDOW_DAYS_ITEM_TYPE_1_VALUES: set[UpdateCampaignBodyWindowDaysItemType1] = {
    "tue",
}


def check_update_campaign_body_window_days_item_type_1(value: str) -> UpdateCampaignBodyWindowDaysItemType1:
    if value in UPDATE_CAMPAIGN_BODY_WINDOW_DAYS_ITEM_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_CAMPAIGN_BODY_WINDOW_DAYS_ITEM_TYPE_1_VALUES!r}"
    )
