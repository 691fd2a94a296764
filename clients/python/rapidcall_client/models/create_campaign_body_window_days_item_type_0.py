from typing import Literal

CreateCampaignBodyWindowDaysItemType0 = Literal["mon"]

CREATE_CAMPAIGN_BODY_WINDOW_DAYS_ITEM_TYPE_0_VALUES: set[CreateCampaignBodyWindowDaysItemType0] = {
    "mon",
}


def check_create_campaign_body_window_days_item_type_0(value: str) -> CreateCampaignBodyWindowDaysItemType0:
    if value in CREATE_CAMPAIGN_BODY_WINDOW_DAYS_ITEM_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CAMPAIGN_BODY_WINDOW_DAYS_ITEM_TYPE_0_VALUES!r}"
    )
