from typing import Literal

CampaignRetryOnItemType1 = Literal["no_answer"]

CAMPAIGN_RETRY_ON_ITEM_TYPE_1_VALUES: set[CampaignRetryOnItemType1] = {
    "no_answer",
}


def check_campaign_retry_on_item_type_1(value: str) -> CampaignRetryOnItemType1:
    if value in CAMPAIGN_RETRY_ON_ITEM_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_RETRY_ON_ITEM_TYPE_1_VALUES!r}")
