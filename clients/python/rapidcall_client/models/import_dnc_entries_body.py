from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.import_dnc_entries_body_entries_item import ImportDncEntriesBodyEntriesItem


T = TypeVar("T", bound="ImportDncEntriesBody")


@_attrs_define
class ImportDncEntriesBody:
    """
    Attributes:
        entries (list[ImportDncEntriesBodyEntriesItem]):
        default_country (str | Unset): ISO 3166-1 alpha-2 country for numbers written without a country code
    """

    entries: list[ImportDncEntriesBodyEntriesItem]
    default_country: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        entries = []
        for entries_item_data in self.entries:
            entries_item = entries_item_data.to_dict()
            entries.append(entries_item)

        default_country = self.default_country

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "entries": entries,
            }
        )
        if default_country is not UNSET:
            field_dict["defaultCountry"] = default_country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.import_dnc_entries_body_entries_item import ImportDncEntriesBodyEntriesItem  # noqa: PLC0415

        d = dict(src_dict)
        entries = []
        _entries = d.pop("entries")
        for entries_item_data in _entries:
            entries_item = ImportDncEntriesBodyEntriesItem.from_dict(entries_item_data)

            entries.append(entries_item)

        default_country = d.pop("defaultCountry", UNSET)

        import_dnc_entries_body = cls(
            entries=entries,
            default_country=default_country,
        )

        return import_dnc_entries_body
