from typing import Literal

CreateCampaignBodyWindowDaysItemType2 = Literal["wed"]

CREATE_CAMPAIGN_BODY_WINDOW_DAYS_ITEM_TYPE_2_VALUES: set[CreateCampaignBodyWindowDaysItemType2] = {
    "wed",
}


def check_create_campaign_body_window_days_item_type_2(value: str) -> CreateCampaignBodyWindowDaysItemType2:
    if value in CREATE_CAMPAIGN_BODY_WINDOW_DAYS_ITEM_TYPE_2_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CAMPAIGN_BODY_WINDOW_DAYS_ITEM_TYPE_2_VALUES!r}"
    )
