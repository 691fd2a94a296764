from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.usage_summary_mode_type_0 import UsageSummaryModeType0, check_usage_summary_mode_type_0
from ..models.usage_summary_mode_type_1 import UsageSummaryModeType1, check_usage_summary_mode_type_1
from ..models.usage_summary_mode_type_2 import UsageSummaryModeType2, check_usage_summary_mode_type_2

if TYPE_CHECKING:
    from ..models.usage_summary_usage_line import UsageSummaryUsageLine


T = TypeVar("T", bound="UsageSummary")


@_attrs_define
class UsageSummary:
    """The priced calls that ended this period, one line per meter

    Attributes:
        mode (UsageSummaryModeType0 | UsageSummaryModeType1 | UsageSummaryModeType2): `unmetered`: no STRIPE_SECRET_KEY
            on this instance (costs shown, nothing charged, only concurrency applies); `trial`: calls draw the trial credit
            down; `paid`: pay as you go through Stripe
        period_start (datetime.datetime): ISO-8601 UTC
        period_end (datetime.datetime): ISO-8601 UTC
        lines (list[UsageSummaryUsageLine]):
        total_usd (float): Sum of the line amounts (6 decimals; invoices round to cents)
    """

    mode: UsageSummaryModeType0 | UsageSummaryModeType1 | UsageSummaryModeType2
    period_start: datetime.datetime
    period_end: datetime.datetime
    lines: list[UsageSummaryUsageLine]
    total_usd: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: str
        if isinstance(self.mode, str):
            mode = self.mode
        elif isinstance(self.mode, str):
            mode = self.mode
        else:
            mode = self.mode

        period_start = self.period_start.isoformat()

        period_end = self.period_end.isoformat()

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        total_usd = self.total_usd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
                "periodStart": period_start,
                "periodEnd": period_end,
                "lines": lines,
                "totalUsd": total_usd,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.usage_summary_usage_line import UsageSummaryUsageLine  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_mode(data: object) -> UsageSummaryModeType0 | UsageSummaryModeType1 | UsageSummaryModeType2:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mode_type_0 = check_usage_summary_mode_type_0(data)

                return mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mode_type_1 = check_usage_summary_mode_type_1(data)

                return mode_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            mode_type_2 = check_usage_summary_mode_type_2(data)

            return mode_type_2

        mode = _parse_mode(d.pop("mode"))

        period_start = datetime.datetime.fromisoformat(d.pop("periodStart"))

        period_end = datetime.datetime.fromisoformat(d.pop("periodEnd"))

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = UsageSummaryUsageLine.from_dict(lines_item_data)

            lines.append(lines_item)

        total_usd = d.pop("totalUsd")

        usage_summary = cls(
            mode=mode,
            period_start=period_start,
            period_end=period_end,
            lines=lines,
            total_usd=total_usd,
        )

        usage_summary.additional_properties = d
        return usage_summary

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
