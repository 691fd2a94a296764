from typing import Literal

ListCampaignsStatusType0 = Literal["draft"]

LIST_CAMPAIGNS_STATUS_TYPE_0_VALUES: set[ListCampaignsStatusType0] = {
    "draft",
}


def check_list_campaigns_status_type_0(value: str) -> ListCampaignsStatusType0:
    if value in LIST_CAMPAIGNS_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CAMPAIGNS_STATUS_TYPE_0_VALUES!r}")
