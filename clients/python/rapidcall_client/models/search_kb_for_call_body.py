from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchKbForCallBody")


@_attrs_define
class SearchKbForCallBody:
    """
    Attributes:
        call_id (str): The call whose agent searches: only its folders are searched
        query (str): Words as a caller would say them; web-search syntax ("quoted phrase", -word, or)
        limit (int | Unset):  Default: 5.
    """

    call_id: str
    query: str
    limit: int | Unset = 5

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        query = self.query

        limit = self.limit

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "callId": call_id,
                "query": query,
            }
        )
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_id = d.pop("callId")

        query = d.pop("query")

        limit = d.pop("limit", UNSET)

        search_kb_for_call_body = cls(
            call_id=call_id,
            query=query,
            limit=limit,
        )

        return search_kb_for_call_body
