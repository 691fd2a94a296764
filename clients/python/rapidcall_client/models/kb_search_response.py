from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.kb_search_result import KbSearchResult


T = TypeVar("T", bound="KbSearchResponse")


@_attrs_define
class KbSearchResponse:
    """
    Attributes:
        results (list[KbSearchResult]):
        corrected_query (None | str):
    """

    results: list[KbSearchResult]
    corrected_query: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        corrected_query: None | str
        corrected_query = self.corrected_query

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
                "correctedQuery": corrected_query,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.kb_search_result import KbSearchResult  # noqa: PLC0415

        d = dict(src_dict)
        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = KbSearchResult.from_dict(results_item_data)

            results.append(results_item)

        def _parse_corrected_query(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        corrected_query = _parse_corrected_query(d.pop("correctedQuery"))

        kb_search_response = cls(
            results=results,
            corrected_query=corrected_query,
        )

        kb_search_response.additional_properties = d
        return kb_search_response

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
