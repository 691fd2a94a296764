from typing import Literal

CampaignRetryBackoffType0 = Literal["fixed"]

CAMPAIGN_RETRY_BACKOFF_TYPE_0_VALUES: set[CampaignRetryBackoffType0] = {
    "fixed",
}


def check_campaign_retry_backoff_type_0(value: str) -> CampaignRetryBackoffType0:
    if value in CAMPAIGN_RETRY_BACKOFF_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_RETRY_BACKOFF_TYPE_0_VALUES!r}")
