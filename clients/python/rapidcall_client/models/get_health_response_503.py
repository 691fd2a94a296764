from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_health_response_503_db_type_0 import (
    GetHealthResponse503DbType0,
    check_get_health_response_503_db_type_0,
)
from ..models.get_health_response_503_db_type_1 import (
    GetHealthResponse503DbType1,
    check_get_health_response_503_db_type_1,
)
from ..models.get_health_response_503_status_type_0 import (
    GetHealthResponse503StatusType0,
    check_get_health_response_503_status_type_0,
)
from ..models.get_health_response_503_status_type_1 import (
    GetHealthResponse503StatusType1,
    check_get_health_response_503_status_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_health_response_503_integrations import GetHealthResponse503Integrations
    from ..models.get_health_response_503_stripe_catalog import GetHealthResponse503StripeCatalog


T = TypeVar("T", bound="GetHealthResponse503")


@_attrs_define
class GetHealthResponse503:
    """
    Attributes:
        status (GetHealthResponse503StatusType0 | GetHealthResponse503StatusType1):
        db (GetHealthResponse503DbType0 | GetHealthResponse503DbType1):
        version (str):
        integrations (GetHealthResponse503Integrations | Unset):
        stripe_catalog (GetHealthResponse503StripeCatalog | Unset): With STRIPE_SECRET_KEY: Stripe's prices (by lookup
            key) checked against the rate card, cached a minute. `mismatch` lists each line that differs or is missing
    """

    status: GetHealthResponse503StatusType0 | GetHealthResponse503StatusType1
    db: GetHealthResponse503DbType0 | GetHealthResponse503DbType1
    version: str
    integrations: GetHealthResponse503Integrations | Unset = UNSET
    stripe_catalog: GetHealthResponse503StripeCatalog | Unset = UNSET
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
        from ..models.get_health_response_503_integrations import GetHealthResponse503Integrations  # noqa: PLC0415
        from ..models.get_health_response_503_stripe_catalog import GetHealthResponse503StripeCatalog  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_status(data: object) -> GetHealthResponse503StatusType0 | GetHealthResponse503StatusType1:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_get_health_response_503_status_type_0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            status_type_1 = check_get_health_response_503_status_type_1(data)

            return status_type_1

        status = _parse_status(d.pop("status"))

        def _parse_db(data: object) -> GetHealthResponse503DbType0 | GetHealthResponse503DbType1:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                db_type_0 = check_get_health_response_503_db_type_0(data)

                return db_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            db_type_1 = check_get_health_response_503_db_type_1(data)

            return db_type_1

        db = _parse_db(d.pop("db"))

        version = d.pop("version")

        _integrations = d.pop("integrations", UNSET)
        integrations: GetHealthResponse503Integrations | Unset
        if isinstance(_integrations, Unset):
            integrations = UNSET
        else:
            integrations = GetHealthResponse503Integrations.from_dict(_integrations)

        _stripe_catalog = d.pop("stripeCatalog", UNSET)
        stripe_catalog: GetHealthResponse503StripeCatalog | Unset
        if isinstance(_stripe_catalog, Unset):
            stripe_catalog = UNSET
        else:
            stripe_catalog = GetHealthResponse503StripeCatalog.from_dict(_stripe_catalog)

        get_health_response_503 = cls(
            status=status,
            db=db,
            version=version,
            integrations=integrations,
            stripe_catalog=stripe_catalog,
        )

        get_health_response_503.additional_properties = d
        return get_health_response_503

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
