from typing import Literal

UpdateCampaignBodyRetryOnItemType3 = Literal["voicemail"]

UPDATE_CAMPAIGN_BODY_RETRY_ON_ITEM_TYPE_3_VALUES: set[UpdateCampaignBodyRetryOnItemType3] = {
    "voicemail",
}


def check_update_campaign_body_retry_on_item_type_3(value: str) -> UpdateCampaignBodyRetryOnItemType3:
    if value in UPDATE_CAMPAIGN_BODY_RETRY_ON_ITEM_TYPE_3_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_CAMPAIGN_BODY_RETRY_ON_ITEM_TYPE_3_VALUES!r}")
