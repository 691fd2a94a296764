from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.import_campaign_recipients_csv_recipient_import_result_rejected_item import (
        ImportCampaignRecipientsCsvRecipientImportResultRejectedItem,
    )


T = TypeVar("T", bound="ImportCampaignRecipientsCsvRecipientImportResult")


@_attrs_define
class ImportCampaignRecipientsCsvRecipientImportResult:
    """
    Attributes:
        added (int): New recipients (queued, or dnc)
        dnc (int): Of those, on the do-not-call list: marked `dnc`, never dialled
        duplicates (int): Rows whose number was already in the campaign or earlier in the input (merged into that
            recipient)
        rejected (list[ImportCampaignRecipientsCsvRecipientImportResultRejectedItem]):
    """

    added: int
    dnc: int
    duplicates: int
    rejected: list[ImportCampaignRecipientsCsvRecipientImportResultRejectedItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        added = self.added

        dnc = self.dnc

        duplicates = self.duplicates

        rejected = []
        for rejected_item_data in self.rejected:
            rejected_item = rejected_item_data.to_dict()
            rejected.append(rejected_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "added": added,
                "dnc": dnc,
                "duplicates": duplicates,
                "rejected": rejected,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.import_campaign_recipients_csv_recipient_import_result_rejected_item import (
            ImportCampaignRecipientsCsvRecipientImportResultRejectedItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        added = d.pop("added")

        dnc = d.pop("dnc")

        duplicates = d.pop("duplicates")

        rejected = []
        _rejected = d.pop("rejected")
        for rejected_item_data in _rejected:
            rejected_item = ImportCampaignRecipientsCsvRecipientImportResultRejectedItem.from_dict(rejected_item_data)

            rejected.append(rejected_item)

        import_campaign_recipients_csv_recipient_import_result = cls(
            added=added,
            dnc=dnc,
            duplicates=duplicates,
            rejected=rejected,
        )

        import_campaign_recipients_csv_recipient_import_result.additional_properties = d
        return import_campaign_recipients_csv_recipient_import_result

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
