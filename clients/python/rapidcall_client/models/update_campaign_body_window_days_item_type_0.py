from typing import Literal

UpdateCampaignBodyWindowDaysItemType0 = Literal["mon"]

UPDATE_CAMPAIGN_BODY_WINDOW_DAYS_ITEM_TYPE_0_VALUES: set[UpdateCampaignBodyWindowDaysItemType0] = {
    "mon",
}


def check_update_campaign_body_window_days_item_type_0(value: str) -> UpdateCampaignBodyWindowDaysItemType0:
    if value in UPDATE_CAMPAIGN_BODY_WINDOW_DAYS_ITEM_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_CAMPAIGN_BODY_WINDOW_DAYS_ITEM_TYPE_0_VALUES!r}"
    )
