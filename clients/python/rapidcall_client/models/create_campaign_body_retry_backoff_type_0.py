from typing import Literal

CreateCampaignBodyRetryBackoffType0 = Literal["fixed"]

CREATE_CAMPAIGN_BODY_RETRY_BACKOFF_TYPE_0_VALUES: set[CreateCampaignBodyRetryBackoffType0] = {
    "fixed",
}


def check_create_campaign_body_retry_backoff_type_0(value: str) -> CreateCampaignBodyRetryBackoffType0:
    if value in CREATE_CAMPAIGN_BODY_RETRY_BACKOFF_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_CAMPAIGN_BODY_RETRY_BACKOFF_TYPE_0_VALUES!r}")
