"""``sumlint.records.record`` behaves as ``@dataclass`` with the same options: repr, equality,
hash, ordering, frozenness and the dataclasses functions, checked side by side on twin
classes, and on the engine's own records."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

import pytest

from sumlint.records import record


@dataclass(frozen=True, order=True)
class DSpan:
    line: int
    column: int
    note: str = field(default="", compare=False)


@record(frozen=True, order=True)
class RSpan:
    line: int
    column: int
    note: str = field(default="", compare=False)

    def __init__(self, line: int, column: int, note: str = "") -> None:
        self.__dict__.update(line=line, column=column, note=note)


@dataclass
class DBox:
    name: str
    items: list = field(default_factory=list)


@record
class RBox:
    name: str
    items: list = field(default_factory=list)

    def __init__(self, name: str, items: list | None = None) -> None:
        self.name = name
        self.items = [] if items is None else items


def strip(text: str) -> str:
    return text.replace("DSpan", "X").replace("RSpan", "X").replace("DBox", "X").replace("RBox", "X")


@pytest.mark.parametrize("D, R, args", [(DSpan, RSpan, (3, 4, "n")), (DBox, RBox, ("a", [1]))])
def test_a_record_behaves_as_its_dataclass_twin(D, R, args):
    d, r = D(*args), R(*args)
    assert strip(repr(d)) == strip(repr(r))
    assert (d == D(*args)) is (r == R(*args)) is True
    assert (r == d) is False and r != d  # another class: not equal, as dataclasses
    assert dataclasses.is_dataclass(r) and [f.name for f in dataclasses.fields(r)] == [f.name for f in dataclasses.fields(d)]
    assert dataclasses.asdict(r) == dataclasses.asdict(d)
    assert dataclasses.astuple(r) == dataclasses.astuple(d)
    assert R.__match_args__ == D.__match_args__
    assert strip(repr(dataclasses.replace(r, **{D.__match_args__[0]: args[0]}))) == strip(repr(d))
    assert (D.__hash__ is None) == (R.__hash__ is None)
    assert D.__doc__ and R.__init__.__qualname__.endswith("__init__")


def test_frozen_ordered_record():
    a, b = RSpan(1, 2, "x"), RSpan(1, 3)
    assert a < b and a <= b and b > a and b >= a and sorted([b, a]) == [a, b]
    assert (DSpan(1, 2) < DSpan(1, 3)) and RSpan(1, 2, "x") == RSpan(1, 2, "y")  # note: compare=False
    assert hash(RSpan(1, 2, "x")) == hash(RSpan(1, 2, "y")) and len({a, RSpan(1, 2), b}) == 2
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.line = 5
    with pytest.raises(dataclasses.FrozenInstanceError):
        del a.line
    with pytest.raises(TypeError):
        _ = a < DSpan(1, 2)


def test_mutable_record_is_unhashable_and_gets_fresh_defaults():
    one, two = RBox("a"), RBox("a")
    one.items.append(1)
    assert two.items == [] and one != two
    with pytest.raises(TypeError):
        hash(one)


def test_engine_records_keep_dataclass_behaviour():
    from sumlint.config import Config
    from sumlint.diagnostics import Diagnostic, Severity, Span, Suppressed
    from sumlint.policy import REDIS, Service
    from sumlint.runner import FileResult

    span = Span(1, 2, 1, 5)
    assert repr(span) == "Span(line=1, column=2, end_line=1, end_column=5)"
    assert span == Span(1, 2, 1, 5) and hash(span) == hash((1, 2, 1, 5)) and span < Span(1, 3, 1, 4)
    with pytest.raises(dataclasses.FrozenInstanceError):
        span.line = 2
    d = Diagnostic("SUM101", Severity.ERROR, "m", "/p", span)
    assert d == dataclasses.replace(d, suppressed=Suppressed("line", 1, None))  # compare=False
    assert Service(**dataclasses.asdict(REDIS)) == REDIS
    assert [f.name for f in dataclasses.fields(Config)][:2] == ["path", "root"]
    assert Config().kind_globs is not Config().kind_globs
    assert FileResult("/p", "shell").diagnostics == [] and FileResult.__hash__ is None
