from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_call_cost_charged_to_type_0 import CallCallCostChargedToType0, check_call_call_cost_charged_to_type_0
from ..models.call_call_cost_charged_to_type_1 import CallCallCostChargedToType1, check_call_call_cost_charged_to_type_1
from ..models.call_call_cost_charged_to_type_2 import CallCallCostChargedToType2, check_call_call_cost_charged_to_type_2

if TYPE_CHECKING:
    from ..models.call_call_cost_call_cost_line import CallCallCostCallCostLine


T = TypeVar("T", bound="CallCallCost")


@_attrs_define
class CallCallCost:
    """What the call costs by the rate card; null until it has ended and been priced

    Attributes:
        total_usd (float): Sum of the lines, 6 decimals
        lines (list[CallCallCostCallCostLine]):
        model (None | str):
        charged_to (CallCallCostChargedToType0 | CallCallCostChargedToType1 | CallCallCostChargedToType2): `trial`:
            drawn from the trial credit; `paid`: reported to Stripe; `unmetered`: shown only (no Stripe configured)
        final (bool): False until the call's metrics are final (post-call analysis ended, or a few minutes after the
            end)
    """

    total_usd: float
    lines: list[CallCallCostCallCostLine]
    model: None | str
    charged_to: CallCallCostChargedToType0 | CallCallCostChargedToType1 | CallCallCostChargedToType2
    final: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_usd = self.total_usd

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        model: None | str
        model = self.model

        charged_to: str
        if isinstance(self.charged_to, str):
            charged_to = self.charged_to
        elif isinstance(self.charged_to, str):
            charged_to = self.charged_to
        else:
            charged_to = self.charged_to

        final = self.final

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalUsd": total_usd,
                "lines": lines,
                "model": model,
                "chargedTo": charged_to,
                "final": final,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_call_cost_call_cost_line import CallCallCostCallCostLine  # noqa: PLC0415

        d = dict(src_dict)
        total_usd = d.pop("totalUsd")

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = CallCallCostCallCostLine.from_dict(lines_item_data)

            lines.append(lines_item)

        def _parse_model(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        model = _parse_model(d.pop("model"))

        def _parse_charged_to(
            data: object,
        ) -> CallCallCostChargedToType0 | CallCallCostChargedToType1 | CallCallCostChargedToType2:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                charged_to_type_0 = check_call_call_cost_charged_to_type_0(data)

                return charged_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                charged_to_type_1 = check_call_call_cost_charged_to_type_1(data)

                return charged_to_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            charged_to_type_2 = check_call_call_cost_charged_to_type_2(data)

            return charged_to_type_2

        charged_to = _parse_charged_to(d.pop("chargedTo"))

        final = d.pop("final")

        call_call_cost = cls(
            total_usd=total_usd,
            lines=lines,
            model=model,
            charged_to=charged_to,
            final=final,
        )

        call_call_cost.additional_properties = d
        return call_call_cost

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
