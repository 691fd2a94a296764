from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.invoice import Invoice


T = TypeVar("T", bound="Invoices")


@_attrs_define
class Invoices:
    """The upcoming invoice (Stripe's preview) and the past ones, newest first

    Attributes:
        upcoming (Invoice | None):
        history (list[Invoice]):
    """

    upcoming: Invoice | None
    history: list[Invoice]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.invoice import Invoice  # noqa: PLC0415

        upcoming: dict[str, Any] | None
        if isinstance(self.upcoming, Invoice):
            upcoming = self.upcoming.to_dict()
        else:
            upcoming = self.upcoming

        history = []
        for history_item_data in self.history:
            history_item = history_item_data.to_dict()
            history.append(history_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "upcoming": upcoming,
                "history": history,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice import Invoice  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_upcoming(data: object) -> Invoice | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                upcoming_type_0 = Invoice.from_dict(data)

                return upcoming_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Invoice | None, data)

        upcoming = _parse_upcoming(d.pop("upcoming"))

        history = []
        _history = d.pop("history")
        for history_item_data in _history:
            history_item = Invoice.from_dict(history_item_data)

            history.append(history_item)

        invoices = cls(
            upcoming=upcoming,
            history=history,
        )

        invoices.additional_properties = d
        return invoices

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
