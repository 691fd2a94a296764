from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchKbBody")


@_attrs_define
class SearchKbBody:
    """
    Attributes:
        query (str): Words as a caller would say them; web-search syntax ("quoted phrase", -word, or)
        folder_ids (list[str] | Unset): Only these folders (default: every folder of the workspace)
        limit (int | Unset):  Default: 5.
    """

    query: str
    folder_ids: list[str] | Unset = UNSET
    limit: int | Unset = 5

    def to_dict(self) -> dict[str, Any]:
        query = self.query

        folder_ids: list[str] | Unset = UNSET
        if not isinstance(self.folder_ids, Unset):
            folder_ids = self.folder_ids

        limit = self.limit

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "query": query,
            }
        )
        if folder_ids is not UNSET:
            field_dict["folderIds"] = folder_ids
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        query = d.pop("query")

        folder_ids = cast(list[str], d.pop("folderIds", UNSET))

        limit = d.pop("limit", UNSET)

        search_kb_body = cls(
            query=query,
            folder_ids=folder_ids,
            limit=limit,
        )

        return search_kb_body
