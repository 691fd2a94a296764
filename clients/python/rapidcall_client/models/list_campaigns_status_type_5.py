from typing import Literal

ListCampaignsStatusType5 = Literal["canceled"]

LIST_CAMPAIGNS_STATUS_TYPE_5_VALUES: set[ListCampaignsStatusType5] = {
    "canceled",
}


def check_list_campaigns_status_type_5(value: str) -> ListCampaignsStatusType5:
    if value in LIST_CAMPAIGNS_STATUS_TYPE_5_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CAMPAIGNS_STATUS_TYPE_5_VALUES!r}")
