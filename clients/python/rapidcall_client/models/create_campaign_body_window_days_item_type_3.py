from typing import Literal

CreateCampaignBodyWindowDaysItemType3 = Literal["thu"]

CREATE_CAMPAIGN_BODY_WINDOW_DAYS_ITEM_TYPE_3_VALUES: set[CreateCampaignBodyWindowDaysItemType3] = {
    "thu",
}


def check_create_campaign_body_window_days_item_type_3(value: str) -> CreateCampaignBodyWindowDaysItemType3:
    if value in CREATE_CAMPAIGN_BODY_WINDOW_DAYS_ITEM_TYPE_3_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CAMPAIGN_BODY_WINDOW_DAYS_ITEM_TYPE_3_VALUES!r}"
    )
