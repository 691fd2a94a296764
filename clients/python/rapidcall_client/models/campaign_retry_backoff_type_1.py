from typing import Literal

CampaignRetryBackoffType1 = Literal["exponential"]

CAMPAIGN_RETRY_BACKOFF_TYPE_1_VALUES: set[CampaignRetryBackoffType1] = {
    "exponential",
}


def check_campaign_retry_backoff_type_1(value: str) -> CampaignRetryBackoffType1:
    if value in CAMPAIGN_RETRY_BACKOFF_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_RETRY_BACKOFF_TYPE_1_VALUES!r}")
