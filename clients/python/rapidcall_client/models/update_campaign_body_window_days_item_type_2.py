from typing import Literal

UpdateCampaignBodyWindowDaysItemType2 = Literal["wed"]

UPDATE_CAMPAIGN_BODY_WINDOW_DAYS_ITEM_TYPE_2_VALUES: set[UpdateCampaignBodyWindowDaysItemType2] = {
    "wed",
}


def check_update_campaign_body_window_days_item_type_2(value: str) -> UpdateCampaignBodyWindowDaysItemType2:
    if value in UPDATE_CAMPAIGN_BODY_WINDOW_DAYS_ITEM_TYPE_2_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_CAMPAIGN_BODY_WINDOW_DAYS_ITEM_TYPE_2_VALUES!r}"
    )
