from typing import Literal

CreateCampaignBodyRetryBackoffType1 = Literal["exponential"]

CREATE_CAMPAIGN_BODY_RETRY_BACKOFF_TYPE_1_VALUES: set[CreateCampaignBodyRetryBackoffType1] = {
    "exponential",
}


def check_create_campaign_body_retry_backoff_type_1(value: str) -> CreateCampaignBodyRetryBackoffType1:
    if value in CREATE_CAMPAIGN_BODY_RETRY_BACKOFF_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_CAMPAIGN_BODY_RETRY_BACKOFF_TYPE_1_VALUES!r}")
