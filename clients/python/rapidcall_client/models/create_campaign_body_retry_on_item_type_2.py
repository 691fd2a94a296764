from typing import Literal

CreateCampaignBodyRetryOnItemType2 = Literal["failed"]

CREATE_CAMPAIGN_BODY_RETRY_ON_ITEM_TYPE_2_VALUES: set[CreateCampaignBodyRetryOnItemType2] = {
    "failed",
}


def check_create_campaign_body_retry_on_item_type_2(value: str) -> CreateCampaignBodyRetryOnItemType2:
    if value in CREATE_CAMPAIGN_BODY_RETRY_ON_ITEM_TYPE_2_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_CAMPAIGN_BODY_RETRY_ON_ITEM_TYPE_2_VALUES!r}")
