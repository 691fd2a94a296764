from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_health_response_200_db_type_0 import (
    GetHealthResponse200DbType0,
    check_get_health_response_200_db_type_0,
)
from ..models.get_health_response_200_db_type_1 import (
    GetHealthResponse200DbType1,
    check_get_health_response_200_db_type_1,
)
from ..models.get_health_response_200_status_type_0 import (
    GetHealthResponse200StatusType0,
    check_get_health_response_200_status_type_0,
)
from ..models.get_health_response_200_status_type_1 import (
    GetHealthResponse200StatusType1,
    check_get_health_response_200_status_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_health_response_200_integrations import GetHealthResponse200Integrations
    from ..models.get_health_response_200_stripe_catalog import GetHealthResponse200StripeCatalog


T = TypeVar("T", bound="GetHealthResponse200")


@_attrs_define
class GetHealthResponse200:
    """
    Attributes:
        status (GetHealthResponse200StatusType0 | GetHealthResponse200StatusType1):
        db (GetHealthResponse200DbType0 | GetHealthResponse200DbType1):
        version (str):
        integrations (GetHealthResponse200Integrations | Unset):
        stripe_catalog (GetHealthResponse200StripeCatalog | Unset): With STRIPE_SECRET_KEY: Stripe's prices (by lookup
            key) checked against the rate card, cached a minute. `mismatch` lists each line that differs or is missing
    """

    status: GetHealthResponse200StatusType0 | GetHealthResponse200StatusType1
    db: GetHealthResponse200DbType0 | GetHealthResponse200DbType1
    version: str
    integrations: GetHealthResponse200Integrations | Unset = UNSET
    stripe_catalog: GetHealthResponse200StripeCatalog | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        db: str
        if isinstance(self.db, str):
            db = self.db
        else:
            db = self.db

        version = self.version

        integrations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.integrations, Unset):
            integrations = self.integrations.to_dict()

        stripe_catalog: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stripe_catalog, Unset):
            stripe_catalog = self.stripe_catalog.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "db": db,
                "version": version,
            }
        )
        if integrations is not UNSET:
            field_dict["integrations"] = integrations
        if stripe_catalog is not UNSET:
            field_dict["stripeCatalog"] = stripe_catalog

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_health_response_200_integrations import GetHealthResponse200Integrations  # noqa: PLC0415
        from ..models.get_health_response_200_stripe_catalog import GetHealthResponse200StripeCatalog  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_status(data: object) -> GetHealthResponse200StatusType0 | GetHealthResponse200StatusType1:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_get_health_response_200_status_type_0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            status_type_1 = check_get_health_response_200_status_type_1(data)

            return status_type_1

        status = _parse_status(d.pop("status"))

        def _parse_db(data: object) -> GetHealthResponse200DbType0 | GetHealthResponse200DbType1:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                db_type_0 = check_get_health_response_200_db_type_0(data)

                return db_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            db_type_1 = check_get_health_response_200_db_type_1(data)

            return db_type_1

        db = _parse_db(d.pop("db"))

        version = d.pop("version")

        _integrations = d.pop("integrations", UNSET)
        integrations: GetHealthResponse200Integrations | Unset
        if isinstance(_integrations, Unset):
            integrations = UNSET
        else:
            integrations = GetHealthResponse200Integrations.from_dict(_integrations)

        _stripe_catalog = d.pop("stripeCatalog", UNSET)
        stripe_catalog: GetHealthResponse200StripeCatalog | Unset
        if isinstance(_stripe_catalog, Unset):
            stripe_catalog = UNSET
        else:
            stripe_catalog = GetHealthResponse200StripeCatalog.from_dict(_stripe_catalog)

        get_health_response_200 = cls(
            status=status,
            db=db,
            version=version,
            integrations=integrations,
            stripe_catalog=stripe_catalog,
        )

        get_health_response_200.additional_properties = d
        return get_health_response_200

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
