from typing import Literal

UpdateCampaignBodyRetryBackoffType1 = Literal["exponential"]

UPDATE_CAMPAIGN_BODY_RETRY_BACKOFF_TYPE_1_VALUES: set[UpdateCampaignBodyRetryBackoffType1] = {
    "exponential",
}


def check_update_campaign_body_retry_backoff_type_1(value: str) -> UpdateCampaignBodyRetryBackoffType1:
    if value in UPDATE_CAMPAIGN_BODY_RETRY_BACKOFF_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_CAMPAIGN_BODY_RETRY_BACKOFF_TYPE_1_VALUES!r}")
