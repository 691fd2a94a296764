from typing import Literal

CreateCampaignBodyWindowDaysItemType4 = Literal["fri"]

CREATE_CAMPAIGN_BODY_WINDOW_DAYS_ITEM_TYPE_4_VALUES: set[CreateCampaignBodyWindowDaysItemType4] = {
    "fri",
}


def check_create_campaign_body_window_days_item_type_4(value: str) -> CreateCampaignBodyWindowDaysItemType4:
    if value in CREATE_CAMPAIGN_BODY_WINDOW_DAYS_ITEM_TYPE_4_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CAMPAIGN_BODY_WINDOW_DAYS_ITEM_TYPE_4_VALUES!r}"
    )
