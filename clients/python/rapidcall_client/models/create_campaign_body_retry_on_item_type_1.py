from typing import Literal

CreateCampaignBodyRetryOnItemType1 = Literal["no_answer"]

CREATE_CAMPAIGN_BODY_RETRY_ON_ITEM_TYPE_1_VALUES: set[CreateCampaignBodyRetryOnItemType1] = {
    "no_answer",
}


def check_create_campaign_body_retry_on_item_type_1(value: str) -> CreateCampaignBodyRetryOnItemType1:
    if value in CREATE_CAMPAIGN_BODY_RETRY_ON_ITEM_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_CAMPAIGN_BODY_RETRY_ON_ITEM_TYPE_1_VALUES!r}")
