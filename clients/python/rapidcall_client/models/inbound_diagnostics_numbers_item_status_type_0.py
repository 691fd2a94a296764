from typing import Literal

InboundDiagnosticsNumbersItemStatusType0 = Literal["pending"]

INBOUND_DIAGNOSTICS_NUMBERS_ITEM_STATUS_TYPE_0_VALUES: set[InboundDiagnosticsNumbersItemStatusType0] = {
    "pending",
}


def check_inbound_diagnostics_numbers_item_status_type_0(value: str) -> InboundDiagnosticsNumbersItemStatusType0:
    if value in INBOUND_DIAGNOSTICS_NUMBERS_ITEM_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INBOUND_DIAGNOSTICS_NUMBERS_ITEM_STATUS_TYPE_0_VALUES!r}"
    )
