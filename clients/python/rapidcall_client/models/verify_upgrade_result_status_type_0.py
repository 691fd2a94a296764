from typing import Literal

VerifyUpgradeResultStatusType0 = Literal["upgraded"]

VERIFY_UPGRADE_RESULT_STATUS_TYPE_0_VALUES: set[VerifyUpgradeResultStatusType0] = {
    "upgraded",
}


def check_verify_upgrade_result_status_type_0(value: str) -> VerifyUpgradeResultStatusType0:
    if value in VERIFY_UPGRADE_RESULT_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VERIFY_UPGRADE_RESULT_STATUS_TYPE_0_VALUES!r}")
