from typing import Literal

CreateCampaignBodyWindowDaysItemType1 = Literal["tue"]

CREATE_CAMPAIGN_BODY_WINDOW_DAYS_ITEM_TYPE_1_VALUES: set[CreateCampaignBodyWindowDaysItemType1] = {
    "tue",
}


def check_create_campaign_body_window_days_item_type_1(value: str) -> CreateCampaignBodyWindowDaysItemType1:
    if value in CREATE_CAMPAIGN_BODY_WINDOW_DAYS_ITEM_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CAMPAIGN_BODY_WINDOW_DAYS_ITEM_TYPE_1_VALUES!r}"
    )
