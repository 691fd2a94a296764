from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ImportCampaignRecipientsCsvRecipientImportResultRejectedItem")


@_attrs_define
class ImportCampaignRecipientsCsvRecipientImportResultRejectedItem:
    """
    Attributes:
        row (int): 1-based position in the input (CSV: line of the file, header is line 1)
        phone (str): As given
        reason (str):
    """

    row: int
    phone: str
    reason: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        row = self.row

        phone = self.phone

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "row": row,
                "phone": phone,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        row = d.pop("row")

        phone = d.pop("phone")

        reason = d.pop("reason")

        import_campaign_recipients_csv_recipient_import_result_rejected_item = cls(
            row=row,
            phone=phone,
            reason=reason,
        )

        import_campaign_recipients_csv_recipient_import_result_rejected_item.additional_properties = d
        return import_campaign_recipients_csv_recipient_import_result_rejected_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
