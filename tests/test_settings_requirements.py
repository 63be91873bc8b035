"""The requirements front-end: PEP 503 names, extras, includes, URLs, markers, problems."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings, strategies as st

from sumlint.settings.requirements import facts, normalize, parse_pyproject, parse_text


def test_normalize() -> None:
    assert normalize("Django_Redis") == "django-redis"
    assert normalize("zope.interface") == "zope-interface"
    assert normalize("A__B--C") == "a-b-c"


def test_global_options_after_a_requirement_end_it(tmp_path: Path) -> None:
    """pip reads options after a requirement on its line, global ones included: the
    `psycopg2==2.8.2 --no-binary psycopg2` of cookiecutter-django's production requirements."""
    model = parse_text("psycopg2==2.8.2 --no-binary psycopg2  # build from source\n"
                       "lxml>=5 --only-binary=lxml\nnumpy --prefer-binary\n", tmp_path / "requirements.txt")
    assert not model.problems
    assert [(r.normalized, r.specifier) for r in model.requirements] == [
        ("psycopg2", "==2.8.2"), ("lxml", ">=5"), ("numpy", "")]


def test_forms_and_positions(tmp_path: Path) -> None:
    (tmp_path / "base.txt").write_text("Django>=4.2\n-c constraints.txt\n")
    (tmp_path / "constraints.txt").write_text("redis==5.0\n")
    text = (
        "# comment\n"
        "-r base.txt\n"
        "--index-url https://pypi.org/simple\n"
        "Django_Redis >= 5.0 ; python_version >= \"3.8\"  # cache\n"
        "gunicorn==21.2 \\\n"
        "    --hash=sha256:abc\n"
        "-e git+https://github.com/x/wagtail-foo.git@v1#egg=wagtail_foo\n"
        "-e .\n"
        "https://files.example/psycopg_binary-3.1.8-cp311-cp311-manylinux_2_17_x86_64.whl\n"
        "uvicorn[standard] @ https://example/uvicorn.tar.gz\n"
        "wagtail (>=5)\n"
    )
    model = parse_text(text, tmp_path / "requirements.txt")
    assert not model.problems
    by_name = {r.normalized: r for r in model.requirements}
    assert set(by_name) == {"django", "django-redis", "gunicorn", "wagtail-foo", "psycopg-binary", "uvicorn",
                            "wagtail"}
    assert by_name["django"].path == str((tmp_path / "base.txt").resolve())
    assert by_name["django-redis"].span.line == 4 and by_name["django-redis"].span.column == 1
    assert by_name["django-redis"].marker == 'python_version >= "3.8"'
    assert by_name["gunicorn"].specifier == "==21.2"
    assert by_name["wagtail-foo"].editable and by_name["wagtail-foo"].span.column == 4
    assert by_name["uvicorn"].extras == ["standard"] and by_name["uvicorn"].url
    assert [c.normalized for c in model.constraints] == ["redis"]
    assert [u.target for u in model.unnamed] == ["."]
    assert [p.name for p in model.dependencies] == ["base.txt", "constraints.txt"]
    data = facts(model)
    json.dumps(data)
    assert "redis" not in data["names"]  # constraints install nothing


def test_problems_are_reported_not_guessed(tmp_path: Path) -> None:
    text = "-r missing.txt\n--frobnicate\nbad name!!\nfoo ==\nok\n"
    model = parse_text(text, tmp_path / "requirements.txt")
    assert [(p.span.line, p.span.column) for p in model.problems] == [(1, 4), (2, 1), (3, 5), (4, 5)]
    assert "does not exist" in model.problems[0].message
    assert [r.normalized for r in model.requirements] == ["ok"]


def test_include_cycle(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("-r b.txt\nalpha\n")
    (tmp_path / "b.txt").write_text("-r a.txt\nbeta\n")
    model = parse_text((tmp_path / "a.txt").read_text(), tmp_path / "a.txt")
    assert sorted(r.normalized for r in model.requirements) == ["alpha", "beta"]


def test_pyproject_dependencies_positions() -> None:
    text = '[project]\nname = "x"\ndependencies = [\n  "Django>=4.2",\n  \'wagtail ~= 5.0\',\n]\n'
    requirements, problems = parse_pyproject(text, Path("/p/pyproject.toml"))
    assert not problems
    assert [(r.normalized, r.span.line, r.span.column) for r in requirements] == [("django", 4, 4), ("wagtail", 5, 4)]
    assert parse_pyproject("[project\n")[1]
    assert parse_pyproject("[tool.x]\n") == ([], [])


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abz09-_.[]=<>~!;@#\\ \n\t\"'/:+er")), max_size=120))
def test_fuzz_never_raises_positions_in_file(text: str) -> None:
    model = parse_text(text)
    lines = text.split("\n")
    for span in [r.span for r in model.requirements] + [p.span for p in model.problems]:
        assert 1 <= span.line <= span.end_line <= len(lines)
        assert 1 <= span.column <= len(lines[span.line - 1]) + 1
        assert 1 <= span.end_column <= len(lines[span.end_line - 1]) + 1
    json.dumps(facts(model))


def test_requires_dist_of_installed_packages_against_packaging() -> None:
    """Every Requires-Dist of the installed distributions (real PEP 508 strings) is read
    with the name and extras that `packaging` (the reference implementation) finds."""
    import glob
    import sysconfig

    import pytest

    try:
        from packaging.requirements import Requirement
    except ImportError:
        pytest.skip("packaging is not installed on this host: no PEP 508 oracle")
    metas = glob.glob(str(Path(sysconfig.get_paths()["purelib"]) / "*.dist-info" / "METADATA"))
    checked = 0
    for meta in metas:
        for line in Path(meta).read_text(encoding="utf-8", errors="replace").split("\n"):
            if not line.startswith("Requires-Dist:"):
                continue
            value = line.split(":", 1)[1].strip()
            try:
                oracle = Requirement(value)
            except Exception:
                continue
            model = parse_text(value)
            assert not model.problems, (meta, value, model.problems)
            assert [(r.normalized, sorted(r.extras)) for r in model.requirements] == [
                (normalize(oracle.name), sorted(normalize(e) for e in oracle.extras))], (meta, value)
            checked += 1
    if not checked:
        pytest.skip("no Requires-Dist lines in the installed distributions")


def test_host_requirements_files() -> None:
    """Real requirements files shipped on the host parse without problems."""
    import pytest

    roots = [Path("/usr/share/doc"), Path("/usr/lib"), Path("/opt")]
    files = []
    for root in roots:
        if root.is_dir():
            files.extend(sorted(root.glob("**/requirements*.txt"))[:40])
    if not files:
        pytest.skip("no requirements*.txt files under /usr/share/doc, /usr/lib or /opt on this host")
    for path in files:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        model = parse_text(text, path)
        assert not model.problems, (path, model.problems)
