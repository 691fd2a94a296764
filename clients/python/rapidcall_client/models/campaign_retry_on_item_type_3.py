from typing import Literal

CampaignRetryOnItemType3 = Literal["voicemail"]

CAMPAIGN_RETRY_ON_ITEM_TYPE_3_VALUES: set[CampaignRetryOnItemType3] = {
    "voicemail",
}


def check_campaign_retry_on_item_type_3(value: str) -> CampaignRetryOnItemType3:
    if value in CAMPAIGN_RETRY_ON_ITEM_TYPE_3_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_RETRY_ON_ITEM_TYPE_3_VALUES!r}")
