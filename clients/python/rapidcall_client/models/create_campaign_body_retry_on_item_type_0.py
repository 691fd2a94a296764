from typing import Literal

CreateCampaignBodyRetryOnItemType0 = Literal["busy"]

CREATE_CAMPAIGN_BODY_RETRY_ON_ITEM_TYPE_0_VALUES: set[CreateCampaignBodyRetryOnItemType0] = {
    "busy",
}


def check_create_campaign_body_retry_on_item_type_0(value: str) -> CreateCampaignBodyRetryOnItemType0:
    if value in CREATE_CAMPAIGN_BODY_RETRY_ON_ITEM_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_CAMPAIGN_BODY_RETRY_ON_ITEM_TYPE_0_VALUES!r}")
