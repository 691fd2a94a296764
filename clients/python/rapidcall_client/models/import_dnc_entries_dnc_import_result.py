from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.import_dnc_entries_dnc_import_result_rejected_item import ImportDncEntriesDncImportResultRejectedItem


T = TypeVar("T", bound="ImportDncEntriesDncImportResult")


@_attrs_define
class ImportDncEntriesDncImportResult:
    """
    Attributes:
        added (int): New entries
        already_listed (int): Numbers that were on the list already (kept as they were)
        rejected (list[ImportDncEntriesDncImportResultRejectedItem]):
    """

    added: int
    already_listed: int
    rejected: list[ImportDncEntriesDncImportResultRejectedItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        added = self.added

        already_listed = self.already_listed

        rejected = []
        for rejected_item_data in self.rejected:
            rejected_item = rejected_item_data.to_dict()
            rejected.append(rejected_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "added": added,
                "alreadyListed": already_listed,
                "rejected": rejected,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.import_dnc_entries_dnc_import_result_rejected_item import (
            ImportDncEntriesDncImportResultRejectedItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        added = d.pop("added")

        already_listed = d.pop("alreadyListed")

        rejected = []
        _rejected = d.pop("rejected")
        for rejected_item_data in _rejected:
            rejected_item = ImportDncEntriesDncImportResultRejectedItem.from_dict(rejected_item_data)

            rejected.append(rejected_item)

        import_dnc_entries_dnc_import_result = cls(
            added=added,
            already_listed=already_listed,
            rejected=rejected,
        )

        import_dnc_entries_dnc_import_result.additional_properties = d
        return import_dnc_entries_dnc_import_result

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
