from typing import Literal

ListCampaignsStatusType2 = Literal["running"]

LIST_CAMPAIGNS_STATUS_TYPE_2_VALUES: set[ListCampaignsStatusType2] = {
    "running",
}


def check_list_campaigns_status_type_2(value: str) -> ListCampaignsStatusType2:
    if value in LIST_CAMPAIGNS_STATUS_TYPE_2_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CAMPAIGNS_STATUS_TYPE_2_VALUES!r}")
