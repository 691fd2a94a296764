from typing import Literal

VerifyUpgradeResultStatusType2 = Literal["no_completed_session"]

VERIFY_UPGRADE_RESULT_STATUS_TYPE_2_VALUES: set[VerifyUpgradeResultStatusType2] = {
    "no_completed_session",
}


def check_verify_upgrade_result_status_type_2(value: str) -> VerifyUpgradeResultStatusType2:
    if value in VERIFY_UPGRADE_RESULT_STATUS_TYPE_2_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VERIFY_UPGRADE_RESULT_STATUS_TYPE_2_VALUES!r}")
