from typing import Literal

CreateCampaignBodyRetryOnItemType3 = Literal["voicemail"]

CREATE_CAMPAIGN_BODY_RETRY_ON_ITEM_TYPE_3_VALUES: set[CreateCampaignBodyRetryOnItemType3] = {
    "voicemail",
}


def check_create_campaign_body_retry_on_item_type_3(value: str) -> CreateCampaignBodyRetryOnItemType3:
    if value in CREATE_CAMPAIGN_BODY_RETRY_ON_ITEM_TYPE_3_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_CAMPAIGN_BODY_RETRY_ON_ITEM_TYPE_3_VALUES!r}")
