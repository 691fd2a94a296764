from typing import Literal

UpdateCampaignBodyRetryOnItemType2 = Literal["failed"]

UPDATE_CAMPAIGN_BODY_RETRY_ON_ITEM_TYPE_2_VALUES: set[UpdateCampaignBodyRetryOnItemType2] = {
    "failed",
}


def check_update_campaign_body_retry_on_item_type_2(value: str) -> UpdateCampaignBodyRetryOnItemType2:
    if value in UPDATE_CAMPAIGN_BODY_RETRY_ON_ITEM_TYPE_2_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_CAMPAIGN_BODY_RETRY_ON_ITEM_TYPE_2_VALUES!r}")
