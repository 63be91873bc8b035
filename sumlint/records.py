"""``record``: a dataclass without the start-up cost, for the classes every run imports.

``@dataclass`` writes the source of ``__init__``, ``__repr__``, ``__eq__`` (and, frozen or
ordered, ``__setattr__``, ``__delattr__``, ``__hash__``, ``__lt__``...) and compiles it when
the class is created: 0.5 to 1.7 ms per class on a slow machine, about 12 ms for the two
dozen classes of a warm ``sumlint check``. A record is still a dataclass (``fields``,
``asdict``, ``replace``, ``is_dataclass`` and ``match`` work) with the same ``__repr__``,
equality, hash, ordering and frozenness, but the class writes its own ``__init__`` (so it is
in the byte-compiled module) and the other methods are closures made here, compiled once.

    @record(frozen=True, order=True)
    class Span:
        line: int
        column: int

        def __init__(self, line: int, column: int) -> None:
            self.__dict__.update(line=line, column=column)  # frozen: not self.line = ...

A field with ``field(default_factory=...)`` keeps it for ``fields()``; the ``__init__``
applies it.
"""

from __future__ import annotations

from dataclasses import FrozenInstanceError, dataclass
from operator import attrgetter
from typing import Any, Callable, TypeVar

T = TypeVar("T", bound=type)


def _getter(names: list[str]) -> Callable[[Any], tuple]:
    if len(names) == 1:
        one = attrgetter(names[0])
        return lambda obj: (one(obj),)
    if not names:
        return lambda obj: ()
    return attrgetter(*names)


def record(cls: T | None = None, *, frozen: bool = False, order: bool = False) -> T | Callable[[T], T]:
    """Make ``cls`` a dataclass with a hand-written ``__init__`` (see the module docstring)."""

    def wrap(cls: T) -> T:
        cls = dataclass(init=False, repr=False, eq=False)(cls)
        fields = list(cls.__dataclass_fields__.values())
        shown = [f.name for f in fields if f.repr]
        compared = _getter([f.name for f in fields if f.compare])
        hashed = _getter([f.name for f in fields if (f.compare if f.hash is None else f.hash)])
        own = cls.__dict__

        def __repr__(self) -> str:
            return (f"{self.__class__.__qualname__}("
                    + ", ".join(f"{name}={getattr(self, name)!r}" for name in shown) + ")")

        def __eq__(self, other: object) -> bool:
            if other.__class__ is self.__class__:
                return compared(self) == compared(other)
            return NotImplemented

        methods: dict[str, Callable] = {"__repr__": __repr__, "__eq__": __eq__}
        if order:
            def compare(op: Callable[[tuple, tuple], bool]) -> Callable:
                def method(self, other):
                    if other.__class__ is self.__class__:
                        return op(compared(self), compared(other))
                    return NotImplemented
                return method

            methods.update(__lt__=compare(tuple.__lt__), __le__=compare(tuple.__le__),
                           __gt__=compare(tuple.__gt__), __ge__=compare(tuple.__ge__))
        if frozen:
            names = frozenset(f.name for f in fields)

            def __setattr__(self, name: str, value: Any) -> None:
                if type(self) is cls or name in names:
                    raise FrozenInstanceError(f"cannot assign to field {name!r}")
                super(cls, self).__setattr__(name, value)

            def __delattr__(self, name: str) -> None:
                if type(self) is cls or name in names:
                    raise FrozenInstanceError(f"cannot delete field {name!r}")
                super(cls, self).__delattr__(name)

            def __hash__(self) -> int:
                return hash(hashed(self))

            methods.update(__setattr__=__setattr__, __delattr__=__delattr__, __hash__=__hash__)
        for name, method in methods.items():
            if name not in own or (name == "__hash__" and own[name] is None):
                method.__qualname__ = f"{cls.__qualname__}.{name}"
                setattr(cls, name, method)
        if not frozen and "__hash__" not in own:
            cls.__hash__ = None  # mutable and compared by value: unhashable, as a dataclass
        params = cls.__dataclass_params__
        params.eq, params.frozen, params.order, params.init, params.repr = True, frozen, order, True, True
        return cls

    return wrap if cls is None else wrap(cls)
