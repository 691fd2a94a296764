from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.usage_report_groups_item import UsageReportGroupsItem
    from ..models.usage_report_totals import UsageReportTotals


T = TypeVar("T", bound="UsageReport")


@_attrs_define
class UsageReport:
    """
    Attributes:
        since (datetime.datetime | None):
        until (datetime.datetime | None):
        group_by (None | str):
        tz (str): The time zone of the days
        groups (list[UsageReportGroupsItem]):
        totals (UsageReportTotals):
    """

    since: datetime.datetime | None
    until: datetime.datetime | None
    group_by: None | str
    tz: str
    groups: list[UsageReportGroupsItem]
    totals: UsageReportTotals
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        since: None | str
        if isinstance(self.since, datetime.datetime):
            since = self.since.isoformat()
        else:
            since = self.since

        until: None | str
        if isinstance(self.until, datetime.datetime):
            until = self.until.isoformat()
        else:
            until = self.until

        group_by: None | str
        group_by = self.group_by

        tz = self.tz

        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        totals = self.totals.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "since": since,
                "until": until,
                "groupBy": group_by,
                "tz": tz,
                "groups": groups,
                "totals": totals,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.usage_report_groups_item import UsageReportGroupsItem  # noqa: PLC0415
        from ..models.usage_report_totals import UsageReportTotals  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_since(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                since_type_0 = datetime.datetime.fromisoformat(data)

                return since_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        since = _parse_since(d.pop("since"))

        def _parse_until(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                until_type_0 = datetime.datetime.fromisoformat(data)

                return until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        until = _parse_until(d.pop("until"))

        def _parse_group_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        group_by = _parse_group_by(d.pop("groupBy"))

        tz = d.pop("tz")

        groups = []
        _groups = d.pop("groups")
        for groups_item_data in _groups:
            groups_item = UsageReportGroupsItem.from_dict(groups_item_data)

            groups.append(groups_item)

        totals = UsageReportTotals.from_dict(d.pop("totals"))

        usage_report = cls(
            since=since,
            until=until,
            group_by=group_by,
            tz=tz,
            groups=groups,
            totals=totals,
        )

        usage_report.additional_properties = d
        return usage_report

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
