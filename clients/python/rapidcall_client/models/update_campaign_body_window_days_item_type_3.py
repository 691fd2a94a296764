from typing import Literal

UpdateCampaignBodyWindowDaysItemType3 = Literal["thu"]

UPDATE_CAMPAIGN_BODY_WINDOW_DAYS_ITEM_TYPE_3_VALUES: set[UpdateCampaignBodyWindowDaysItemType3] = {
    "thu",
}


def check_update_campaign_body_window_days_item_type_3(value: str) -> UpdateCampaignBodyWindowDaysItemType3:
    if value in UPDATE_CAMPAIGN_BODY_WINDOW_DAYS_ITEM_TYPE_3_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_CAMPAIGN_BODY_WINDOW_DAYS_ITEM_TYPE_3_VALUES!r}"
    )
