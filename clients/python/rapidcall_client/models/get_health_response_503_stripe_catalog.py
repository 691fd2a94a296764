from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_health_response_503_stripe_catalog_status_type_0 import (
    GetHealthResponse503StripeCatalogStatusType0,
    check_get_health_response_503_stripe_catalog_status_type_0,
)
from ..models.get_health_response_503_stripe_catalog_status_type_1 import (
    GetHealthResponse503StripeCatalogStatusType1,
    check_get_health_response_503_stripe_catalog_status_type_1,
)
from ..models.get_health_response_503_stripe_catalog_status_type_2 import (
    GetHealthResponse503StripeCatalogStatusType2,
    check_get_health_response_503_stripe_catalog_status_type_2,
)

T = TypeVar("T", bound="GetHealthResponse503StripeCatalog")


@_attrs_define
class GetHealthResponse503StripeCatalog:
    """With STRIPE_SECRET_KEY: Stripe's prices (by lookup key) checked against the rate card, cached a minute. `mismatch`
    lists each line that differs or is missing

        Attributes:
            status (GetHealthResponse503StripeCatalogStatusType0 | GetHealthResponse503StripeCatalogStatusType1 |
                GetHealthResponse503StripeCatalogStatusType2):
            problems (list[str]):
    """

    status: (
        GetHealthResponse503StripeCatalogStatusType0
        | GetHealthResponse503StripeCatalogStatusType1
        | GetHealthResponse503StripeCatalogStatusType2
    )
    problems: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str
        if isinstance(self.status, str):
            status = self.status
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        problems = self.problems

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "problems": problems,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_status(
            data: object,
        ) -> (
            GetHealthResponse503StripeCatalogStatusType0
            | GetHealthResponse503StripeCatalogStatusType1
            | GetHealthResponse503StripeCatalogStatusType2
        ):
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_get_health_response_503_stripe_catalog_status_type_0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = check_get_health_response_503_stripe_catalog_status_type_1(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            status_type_2 = check_get_health_response_503_stripe_catalog_status_type_2(data)

            return status_type_2

        status = _parse_status(d.pop("status"))

        problems = cast(list[str], d.pop("problems"))

        get_health_response_503_stripe_catalog = cls(
            status=status,
            problems=problems,
        )

        get_health_response_503_stripe_catalog.additional_properties = d
        return get_health_response_503_stripe_catalog

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
