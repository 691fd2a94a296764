from typing import Literal

UpdateCampaignBodyRetryOnItemType0 = Literal["busy"]

UPDATE_CAMPAIGN_BODY_RETRY_ON_ITEM_TYPE_0_VALUES: set[UpdateCampaignBodyRetryOnItemType0] = {
    "busy",
}


def check_update_campaign_body_retry_on_item_type_0(value: str) -> UpdateCampaignBodyRetryOnItemType0:
    if value in UPDATE_CAMPAIGN_BODY_RETRY_ON_ITEM_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_CAMPAIGN_BODY_RETRY_ON_ITEM_TYPE_0_VALUES!r}")
