from typing import Literal

ListCampaignsStatusType4 = Literal["completed"]

LIST_CAMPAIGNS_STATUS_TYPE_4_VALUES: set[ListCampaignsStatusType4] = {
    "completed",
}


def check_list_campaigns_status_type_4(value: str) -> ListCampaignsStatusType4:
    if value in LIST_CAMPAIGNS_STATUS_TYPE_4_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CAMPAIGNS_STATUS_TYPE_4_VALUES!r}")
