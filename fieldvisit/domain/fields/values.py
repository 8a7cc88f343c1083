"""Frozen values of described fields: what a read model carries for an aggregate.

A subclass says which descriptions it holds (:meth:`FieldValues.described`); its
instances take those fields by keyword (or positionally, in declared order), fill the
ones left out with their declared defaults, and read them as attributes. Adding a
field to the description adds it here, with no class to edit.
"""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from typing import Any, Self

from fieldvisit.domain.fields.spec import FieldSpec


class FieldValues:
    __slots__ = ("_values",)

    @classmethod
    def described(cls) -> tuple[FieldSpec, ...]:
        """The fields this kind of value holds; each subclass names its own group's."""
        raise TypeError(f"{cls.__name__} names no fields: subclasses declare described()")

    def __init__(self, *args: Any, **values: Any) -> None:
        specs = self.described()
        if len(args) > len(specs):
            raise TypeError(f"{type(self).__name__} takes at most {len(specs)} values")
        values.update(zip((s.name for s in specs), args, strict=False))
        unknown = set(values) - {s.name for s in specs}
        if unknown:
            raise TypeError(f"{type(self).__name__} has no field {', '.join(sorted(unknown))}")
        filled = {s.name: values.get(s.name, s.default) for s in specs}
        object.__setattr__(self, "_values", filled)

    def __getattr__(self, name: str) -> Any:
        try:
            return object.__getattribute__(self, "_values")[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def _extras(self) -> dict[str, Any]:
        """Attributes a subclass keeps beside the described fields (ids, sets)."""
        return {}

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, FieldValues)
        return bool(self._values == other._values and self._extras() == other._extras())

    def __hash__(self) -> int:
        return hash((type(self), *self._values.items(), *self._extras().items()))

    def __repr__(self) -> str:
        items = {**self._extras(), **self._values}
        inner = ", ".join(f"{k}={v!r}" for k, v in items.items())
        return f"{type(self).__name__}({inner})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), {**self._extras(), **self._values}))

    def values(self) -> dict[str, Any]:
        """Name → value of the described fields, in declared order (a copy)."""
        return dict(self._values)

    def replace(self, **changes: Any) -> Self:
        return type(self)(**{**self._extras(), **self._values, **changes})


def _rebuild(cls: type[FieldValues], values: dict[str, Any]) -> FieldValues:
    return cls(**values)
