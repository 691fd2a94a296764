from typing import Literal

CampaignRetryOnItemType0 = Literal["busy"]

CAMPAIGN_RETRY_ON_ITEM_TYPE_0_VALUES: set[CampaignRetryOnItemType0] = {
    "busy",
}


def check_campaign_retry_on_item_type_0(value: str) -> CampaignRetryOnItemType0:
    if value in CAMPAIGN_RETRY_ON_ITEM_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_RETRY_ON_ITEM_TYPE_0_VALUES!r}")
