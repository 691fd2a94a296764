from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dnc_entry_source_type_0 import DncEntrySourceType0, check_dnc_entry_source_type_0
from ..models.dnc_entry_source_type_1 import DncEntrySourceType1, check_dnc_entry_source_type_1
from ..models.dnc_entry_source_type_2 import DncEntrySourceType2, check_dnc_entry_source_type_2
from ..models.dnc_entry_source_type_3 import DncEntrySourceType3, check_dnc_entry_source_type_3

T = TypeVar("T", bound="DncEntry")


@_attrs_define
class DncEntry:
    """
    Attributes:
        phone (str): E.164
        reason (str):
        source (DncEntrySourceType0 | DncEntrySourceType1 | DncEntrySourceType2 | DncEntrySourceType3): `api`: added one
            by one; `import`: bulk import; `agent`: the callee asked the agent (end outcome `dnc_requested`); `campaign`:
            the DNC action on a campaign recipient
        created_at (datetime.datetime): ISO-8601 UTC
    """

    phone: str
    reason: str
    source: DncEntrySourceType0 | DncEntrySourceType1 | DncEntrySourceType2 | DncEntrySourceType3
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        reason = self.reason

        source: str
        if isinstance(self.source, str):
            source = self.source
        elif isinstance(self.source, str):
            source = self.source
        elif isinstance(self.source, str):
            source = self.source
        else:
            source = self.source

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone": phone,
                "reason": reason,
                "source": source,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone = d.pop("phone")

        reason = d.pop("reason")

        def _parse_source(
            data: object,
        ) -> DncEntrySourceType0 | DncEntrySourceType1 | DncEntrySourceType2 | DncEntrySourceType3:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_0 = check_dnc_entry_source_type_0(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_1 = check_dnc_entry_source_type_1(data)

                return source_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_2 = check_dnc_entry_source_type_2(data)

                return source_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            source_type_3 = check_dnc_entry_source_type_3(data)

            return source_type_3

        source = _parse_source(d.pop("source"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        dnc_entry = cls(
            phone=phone,
            reason=reason,
            source=source,
            created_at=created_at,
        )

        dnc_entry.additional_properties = d
        return dnc_entry

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
