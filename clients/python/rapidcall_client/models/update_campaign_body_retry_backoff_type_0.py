from typing import Literal

UpdateCampaignBodyRetryBackoffType0 = Literal["fixed"]

UPDATE_CAMPAIGN_BODY_RETRY_BACKOFF_TYPE_0_VALUES: set[UpdateCampaignBodyRetryBackoffType0] = {
    "fixed",
}


def check_update_campaign_body_retry_backoff_type_0(value: str) -> UpdateCampaignBodyRetryBackoffType0:
    if value in UPDATE_CAMPAIGN_BODY_RETRY_BACKOFF_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_CAMPAIGN_BODY_RETRY_BACKOFF_TYPE_0_VALUES!r}")
