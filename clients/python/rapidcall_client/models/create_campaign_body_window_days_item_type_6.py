from typing import Literal

CreateCampaignBodyWindowDaysItemType6 = Literal["sun"]

CREATE_CAMPAIGN_BODY_WINDOW_DAYS_ITEM_TYPE_6_VALUES: set[CreateCampaignBodyWindowDaysItemType6] = {
    "sun",
}


def check_create_campaign_body_window_days_item_type_6(value: str) -> CreateCampaignBodyWindowDaysItemType6:
    if value in CREATE_CAMPAIGN_BODY_WINDOW_DAYS_ITEM_TYPE_6_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CAMPAIGN_BODY_WINDOW_DAYS_ITEM_TYPE_6_VALUES!r}"
    )
