from typing import Literal

ListCampaignsStatusType3 = Literal["paused"]

LIST_CAMPAIGNS_STATUS_TYPE_3_VALUES: set[ListCampaignsStatusType3] = {
    "paused",
}


def check_list_campaigns_status_type_3(value: str) -> ListCampaignsStatusType3:
    if value in LIST_CAMPAIGNS_STATUS_TYPE_3_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CAMPAIGNS_STATUS_TYPE_3_VALUES!r}")
