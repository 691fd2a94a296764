from typing import Literal

InboundDiagnosticsNumbersItemStatusType2 = Literal["error"]

INBOUND_DIAGNOSTICS_NUMBERS_ITEM_STATUS_TYPE_2_VALUES: set[InboundDiagnosticsNumbersItemStatusType2] = {
    "error",
}


def check_inbound_diagnostics_numbers_item_status_type_2(value: str) -> InboundDiagnosticsNumbersItemStatusType2:
    if value in INBOUND_DIAGNOSTICS_NUMBERS_ITEM_STATUS_TYPE_2_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INBOUND_DIAGNOSTICS_NUMBERS_ITEM_STATUS_TYPE_2_VALUES!r}"
    )
