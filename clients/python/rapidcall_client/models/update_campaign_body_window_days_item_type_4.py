from typing import Literal

UpdateCampaignBodyWindowDaysItemType4 = Literal["fri"]

UPDATE_CAMPAIGN_BODY_WINDOW_DAYS_ITEM_TYPE_4_VALUES: set[UpdateCampaignBodyWindowDaysItemType4] = {
    "fri",
}


def check_update_campaign_body_window_days_item_type_4(value: str) -> UpdateCampaignBodyWindowDaysItemType4:
    if value in UPDATE_CAMPAIGN_BODY_WINDOW_DAYS_ITEM_TYPE_4_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_CAMPAIGN_BODY_WINDOW_DAYS_ITEM_TYPE_4_VALUES!r}"
    )
