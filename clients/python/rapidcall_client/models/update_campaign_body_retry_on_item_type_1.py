from typing import Literal

UpdateCampaignBodyRetryOnItemType1 = Literal["no_answer"]

UPDATE_CAMPAIGN_BODY_RETRY_ON_ITEM_TYPE_1_VALUES: set[UpdateCampaignBodyRetryOnItemType1] = {
    "no_answer",
}


def check_update_campaign_body_retry_on_item_type_1(value: str) -> UpdateCampaignBodyRetryOnItemType1:
    if value in UPDATE_CAMPAIGN_BODY_RETRY_ON_ITEM_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_CAMPAIGN_BODY_RETRY_ON_ITEM_TYPE_1_VALUES!r}")
