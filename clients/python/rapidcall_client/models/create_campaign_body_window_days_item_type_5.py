from typing import Literal

CreateCampaignBodyWindowDaysItemType5 = Literal["sat"]

CREATE_CAMPAIGN_BODY_WINDOW_DAYS_ITEM_TYPE_5_VALUES: set[CreateCampaignBodyWindowDaysItemType5] = {
    "sat",
}


def check_create_campaign_body_window_days_item_type_5(value: str) -> CreateCampaignBodyWindowDaysItemType5:
    if value in CREATE_CAMPAIGN_BODY_WINDOW_DAYS_ITEM_TYPE_5_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CAMPAIGN_BODY_WINDOW_DAYS_ITEM_TYPE_5_VALUES!r}"
    )
