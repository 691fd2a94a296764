from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InvoiceInvoiceLine")


@_attrs_define
class InvoiceInvoiceLine:
    """
    Attributes:
        id (None | str):
        description (None | str):
        quantity (float | None):
        amount_usd (float):
        price_id (None | str):
        meter (None | str):
        period_start (datetime.datetime | None):
        period_end (datetime.datetime | None):
    """

    id: None | str
    description: None | str
    quantity: float | None
    amount_usd: float
    price_id: None | str
    meter: None | str
    period_start: datetime.datetime | None
    period_end: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str
        id = self.id

        description: None | str
        description = self.description

        quantity: float | None
        quantity = self.quantity

        amount_usd = self.amount_usd

        price_id: None | str
        price_id = self.price_id

        meter: None | str
        meter = self.meter

        period_start: None | str
        if isinstance(self.period_start, datetime.datetime):
            period_start = self.period_start.isoformat()
        else:
            period_start = self.period_start

        period_end: None | str
        if isinstance(self.period_end, datetime.datetime):
            period_end = self.period_end.isoformat()
        else:
            period_end = self.period_end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "description": description,
                "quantity": quantity,
                "amountUsd": amount_usd,
                "priceId": price_id,
                "meter": meter,
                "periodStart": period_start,
                "periodEnd": period_end,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        id = _parse_id(d.pop("id"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_quantity(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        quantity = _parse_quantity(d.pop("quantity"))

        amount_usd = d.pop("amountUsd")

        def _parse_price_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        price_id = _parse_price_id(d.pop("priceId"))

        def _parse_meter(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        meter = _parse_meter(d.pop("meter"))

        def _parse_period_start(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                period_start_type_0 = datetime.datetime.fromisoformat(data)

                return period_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        period_start = _parse_period_start(d.pop("periodStart"))

        def _parse_period_end(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                period_end_type_0 = datetime.datetime.fromisoformat(data)

                return period_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        period_end = _parse_period_end(d.pop("periodEnd"))

        invoice_invoice_line = cls(
            id=id,
            description=description,
            quantity=quantity,
            amount_usd=amount_usd,
            price_id=price_id,
            meter=meter,
            period_start=period_start,
            period_end=period_end,
        )

        invoice_invoice_line.additional_properties = d
        return invoice_invoice_line

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
