from typing import Literal

CampaignRetryOnItemType2 = Literal["failed"]

CAMPAIGN_RETRY_ON_ITEM_TYPE_2_VALUES: set[CampaignRetryOnItemType2] = {
    "failed",
}


def check_campaign_retry_on_item_type_2(value: str) -> CampaignRetryOnItemType2:
    if value in CAMPAIGN_RETRY_ON_ITEM_TYPE_2_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_RETRY_ON_ITEM_TYPE_2_VALUES!r}")
