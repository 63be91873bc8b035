"""SUM301 precision and recall over a labelled corpus of sentences and table rows.

``tests/data/sum301_corpus.txt`` is the tuning set; ``sum301_corpus_heldout.txt`` was
written before the analyser was tuned and is scored separately (its score is the honest
estimate of behaviour on documents nobody here has seen). Each entry is a markdown snippet
linted through the whole markdown pipeline (front-end, prose units, SUM301).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from harness import fixture_config
from sumlint.runner import Linter
from sumlint.source import decode

DATA = Path(__file__).parent / "data"


def load(name: str) -> list[tuple[bool, str]]:
    entries = []
    for line in (DATA / name).read_text(encoding="utf-8").split("\n"):
        if not line.strip() or line.startswith("#"):
            continue
        assert line[:2] in ("+ ", "- "), f"{name}: bad line {line!r}"
        entries.append((line[0] == "+", line[2:].replace("\\n", "\n")))
    return entries


def flagged(linter: Linter, text: str) -> bool:
    source = decode(Path("/tmp/runbook.md"), text.encode("utf-8"), "markdown")
    result = linter.lint_source(source)
    return any(d.code == "SUM301" for d in result.diagnostics)


def score(name: str):
    linter = Linter(fixture_config(Path("/tmp")))
    tp = fp = fn = tn = 0
    errors = []
    for expected, text in load(name):
        got = flagged(linter, text)
        if got and expected:
            tp += 1
        elif got:
            fp += 1
            errors.append(f"  false positive: {text!r}")
        elif expected:
            fn += 1
            errors.append(f"  missed:         {text!r}")
        else:
            tn += 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, tp + fp + fn + tn, errors


@pytest.mark.parametrize("name", ["sum301_corpus.txt", "sum301_corpus_heldout.txt", "sum301_corpus_heldout2.txt", "sum301_corpus_heldout3.txt", "sum301_corpus_heldout4.txt", "sum301_corpus_heldout5.txt", "sum301_corpus_heldout6.txt", "sum301_corpus_heldout7.txt"])
def test_precision_and_recall(name: str) -> None:
    precision, recall, total, errors = score(name)
    print(f"{name}: {total} entries, precision {precision:.3f}, recall {recall:.3f}")
    print("\n".join(errors))
    assert total >= (80 if name == "sum301_corpus.txt" else 40)
    assert precision >= 0.95 and recall >= 0.95, (
        f"{name}: precision {precision:.3f}, recall {recall:.3f}\n" + "\n".join(errors))


def test_every_tuning_entry_keeps_its_label() -> None:
    """A regression guard: each shape in the tuning corpus was added with a fix, so none may
    flip (the 0.95 threshold above would let a few slip)."""
    precision, recall, total, errors = score("sum301_corpus.txt")
    assert not errors, f"{len(errors)} of {total} entries changed:\n" + "\n".join(errors)


def test_corpus_covers_both_sides() -> None:
    entries = load("sum301_corpus.txt") + load("sum301_corpus_heldout.txt")
    assert sum(1 for e, _ in entries) >= 40 and sum(1 for e, _ in entries if not e) >= 40


def _bench_script(name: str, monkeypatch):
    """Load ``bench/NAME.py`` as a module (registered for the test's duration: a dataclass in
    it looks its module up in ``sys.modules``)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, Path(__file__).resolve().parents[1] / "bench" / f"{name}.py")
    script = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, name, script)
    spec.loader.exec_module(script)
    return script


def _run(script, capsys, *args) -> str:
    """Run a scoring script's ``main`` on ``args``; it succeeds, and this is what it printed."""
    assert script.main([str(a) for a in args]) == 0
    return capsys.readouterr().out


def _rejects(script, tmp_path: Path, text: str) -> None:
    """The script stops at a line it cannot read and names the file and line."""
    bad = tmp_path / "bad.txt"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(SystemExit, match="bad.txt:1"):
        script.main([str(bad)])


def test_the_scoring_script_reports_misses_and_rejects_bad_lines(tmp_path, capsys, monkeypatch) -> None:
    script = _bench_script("sum301_score", monkeypatch)
    good = tmp_path / "units.txt"
    good.write_text("# a comment\n+ Redis is optional.\n- Redis is required.\n"
                    "+ Redis is a thing people talk about.\n", encoding="utf-8")
    out = _run(script, capsys, good)
    assert "3 units, precision 1.000, recall 0.500" in out
    assert "missed:         'Redis is a thing people talk about.'" in out
    _rejects(script, tmp_path, "Redis is optional.\n")


@pytest.mark.parametrize("name", ["sum301_score", "sum301_docscore", "sum301_readings", "sum301_agreement",
                                  "sum301_learned"])
def test_scoring_scripts_answer_help_and_bad_arguments_without_a_traceback(name, tmp_path, capsys,
                                                                           monkeypatch) -> None:
    """``--help`` prints the script's documentation and exits 0; an unknown flag or a labels
    file that is not there is one line on stdout and exit 2."""
    script = _bench_script(name, monkeypatch)
    assert script.main(["--help"]) == 0
    assert capsys.readouterr().out.startswith(script.__doc__.split("\n")[0])
    assert script.main(["--bogus"]) == 2
    assert capsys.readouterr().out == "error: unknown option '--bogus' (see --help)\n"
    missing = tmp_path / "missing.txt"
    assert script.main([str(missing), str(missing)]) == 2
    assert capsys.readouterr().out == f"error: no such labels file: {missing}\n"


def _labelled_document(tmp_path: Path, document: str, labels: str) -> Path:
    """One document ``docs/T_01.md`` and its labels file, as the collectors leave them."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "T_01.md").write_text(document, encoding="utf-8")
    path = tmp_path / "T.txt"
    path.write_text("# doc: T_01.md example/repo docs/setup.md\n" + labels, encoding="utf-8")
    return path


def test_document_scorer_reads_units_in_their_document(tmp_path: Path, capsys, monkeypatch) -> None:
    """bench/sum301_docscore.py lints each labelled document whole: a bare list item under an
    "Optional" heading is a hit there and a miss when the same unit is linted alone
    (``--units``); a diagnostic that names another line belongs to that line's unit."""
    script = _bench_script("sum301_docscore", monkeypatch)
    labels = _labelled_document(
        tmp_path, "# Setup\n\n## Optional\n\n- Redis\n- Sentry\n\n## Run\n\n"
        "Start Redis with `systemctl start redis-server`. Redis is optional if you run one worker.\n",
        "+ 5 - Redis\n- 10 Start Redis with\n+ 10 Redis is optional if\n")
    out = _run(script, capsys, labels)
    assert "3 units, precision 1.000, recall 1.000 (tp 2, fp 0, fn 0, tn 1)" in out
    assert "documents: 1 of 1 that hedge get a correct report; 0 of 0 that do not get a false one" in out
    out = _run(script, capsys, labels, "--units")
    assert "missed         T_01.md:5: '- Redis'" in out
    assert "recall 0.500" in out
    _rejects(script, tmp_path, "+ 5 - Redis\n")


def test_document_scorer_counts_misses_under_a_reported_heading(tmp_path: Path, capsys, monkeypatch) -> None:
    """A step under a reported heading ("## Redis (optional)" over "1. Install Redis") is still a
    miss, marked ``(cov)`` and counted apart with the recall it would give."""
    script = _bench_script("sum301_docscore", monkeypatch)
    labels = _labelled_document(
        tmp_path, "# Setup\n\n## Redis (optional)\n\n1. Install Redis with apt.\n\n## Run\n\nStart Redis first.\n",
        "+ 3 ## Redis (optional)\n+ 5 1. Install Redis with apt.\n+ 9 Start Redis first.\n")
    out = _run(script, capsys, labels)
    assert "missed (cov)   T_01.md:5:" in out and "missed         T_01.md:9:" in out
    assert "misses under a reported heading: 1 of 2; counting them as caught, recall 0.667" in out


def test_document_scorer_gives_an_answer_word_to_the_unit_on_its_line(tmp_path: Path, capsys,
                                                                       monkeypatch) -> None:
    """"**A:** No. Redis is only needed for …" under "### Q: Do I need Redis?": the diagnostic at
    the answer's "No" belongs to the labelled sentence on its own line, not to the question
    two lines up ("No." names no service, so it is no unit of its own)."""
    script = _bench_script("sum301_docscore", monkeypatch)
    labels = _labelled_document(
        tmp_path, "# FAQ\n\n### Q: Do I need Redis?\n\n**A:** No. Redis is only needed for the worker.\n",
        "- 3 ### Q: Do I need Redis?\n+ 5 Redis is only needed for the worker.\n")
    out = _run(script, capsys, labels)
    assert "false positive" not in out
    assert "(tp 1, fp 0, fn 0, tn 1)" in out


def test_readings_script_names_the_reading_behind_each_report(tmp_path: Path, capsys, monkeypatch) -> None:
    """bench/sum301_readings.py gives each report to its reading (``Claim.how``), counts it right
    or wrong by the labels, lists a reading's units on ``--show``, scores without the readings
    named by ``--drop``, and leaves the analyser and the rule as they were."""
    from sumlint.rules.docs.sum301_required_service_called_optional import (
        RequiredServiceCalledOptional,
    )

    from sumlint.markdown import claims

    before = (vars(claims.Analyser)["analyse"], vars(RequiredServiceCalledOptional)["_report"])
    script = _bench_script("sum301_readings", monkeypatch)
    labels = _labelled_document(
        tmp_path, "# Setup\n\nRedis is optional.\n\nStart Redis with `systemctl start redis-server`.\n\n"
        "- Redis (optional)\n", "+ 3 Redis is optional.\n- 5 Start Redis with\n- 7 - Redis (optional)\n")
    linted = [d for d in Linter(fixture_config(tmp_path)).lint_source(decode(
        tmp_path / "docs" / "T_01.md", (tmp_path / "docs" / "T_01.md").read_bytes(), "markdown")).diagnostics
              if d.code == "SUM301"]
    assert sorted(d.span.line for d in linted) == [3, 7]  # (what the script is to account for)
    out = _run(script, capsys, labels, "--show", "paren")
    rows = {line.split()[0]: line.split()[1:] for line in out.splitlines()
            if line[:1].isalpha() and not line.startswith(("reading", "all"))}
    assert rows["predicative"][:3] == ["1", "0", "0"] and rows["paren"][:3] == ["0", "1", "0"]
    assert "FP T_01.md:7 - Redis (optional)" in out
    assert "all: 3 units, precision 0.500, recall 1.000 (tp 1, fp 1, fn 0, tn 1)" in out
    out = _run(script, capsys, labels, "--drop", "predicative")
    assert "all without predicative: 3 units, precision 0.000, recall 0.000 (tp 0, fp 1, fn 1, tn 1)" in out
    assert (vars(claims.Analyser)["analyse"], vars(RequiredServiceCalledOptional)["_report"]) == before


def test_agreement_script_compares_two_labellers(tmp_path: Path, capsys, monkeypatch) -> None:
    """bench/sum301_agreement.py counts where a second labeller agrees with the first, scores it
    against the first (kappa, precision, recall), writes the units both agree on, and refuses
    files whose units differ."""
    script = _bench_script("sum301_agreement", monkeypatch)
    first = tmp_path / "A.txt"
    second = tmp_path / "B.txt"
    doc = "# doc: T_01.md example/repo README.md\n"
    first.write_text(doc + "+ 3 Redis is optional.\n+ 5 Redis (if needed).\n- 7 Install Redis.\n- 9 Redis 7.\n",
                     encoding="utf-8")
    second.write_text(doc + "+ 3 Redis is optional.\n- 5 Redis (if needed).\n+ 7 Install Redis.\n- 9 Redis 7.\n",
                      encoding="utf-8")
    consensus = tmp_path / "C.txt"
    out = _run(script, capsys, first, second, "--consensus", str(consensus))
    assert "4 units: agree on 2 (0.500); + by both 1, first only 1, second only 1; kappa 0.000" in out
    assert "precision 0.500, recall 0.500" in out
    assert "first +, second -  T_01.md:5 Redis (if needed)." in out
    assert consensus.read_text(encoding="utf-8") == doc + "+ 3 Redis is optional.\n- 9 Redis 7.\n"
    second.write_text(doc + "+ 3 Redis is optional.\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="T_01.md differ"):
        script.main([str(first), str(second)])


def test_learned_measurement_splits_by_round_and_scores(tmp_path: Path, capsys, monkeypatch) -> None:
    """bench/sum301_learned.py trains on the rounds before ``--test-from`` and tests on the rest;
    a round it cannot read, a split that leaves one side empty and a missing value are errors."""
    script = _bench_script("sum301_learned", monkeypatch)
    assert script.split(["a/R9.txt", "b/policy/R10.txt", "R11.txt"], 10) == (["a/R9.txt"], ["b/policy/R10.txt", "R11.txt"])
    assert script.score([True, True, False, False], [True, False, True, False]) == \
        "precision 0.500, recall 0.500 (tp 1, fp 1, fn 1)"
    labels = _labelled_document(tmp_path, "# Setup\n\nRedis is optional.\n", "+ 3 Redis is optional.\n")
    with pytest.raises(SystemExit, match="no round number in the name of"):
        script.main([str(labels), "--test-from", "R1"])
    labels = labels.rename(tmp_path / "R5.txt")
    assert script.main([str(labels), "--test-from", "R1"]) == 2
    assert "leaves 0 training and 1 test files" in capsys.readouterr().out
    assert script.main([str(labels), "--test-from"]) == 2
    assert "--test-from takes a round" in capsys.readouterr().out
    assert script.main([str(labels)]) == 2
    assert "--test-from ROUND is required" in capsys.readouterr().out


def test_heldout_index_keeps_labels_without_text_and_restores_them(tmp_path: Path, capsys, monkeypatch) -> None:
    """bench/sum301_heldout.py: the index holds hashes, not the document's words; restoring it
    from the same document gives the same score, from a changed copy (lines added above) finds
    each unit by its hash, and a document not fetched again is counted as missing."""
    docscore = _bench_script("sum301_docscore", monkeypatch)
    script = _bench_script("sum301_heldout", monkeypatch)
    document = "# Setup\n\n## Services\n\n- Redis (optional)\n- Postgres\n\nStart Redis with `systemctl start redis-server`.\n"
    labels = _labelled_document(tmp_path, document, "+ 5 Redis (optional)\n- 8 Start Redis with\n")
    index = tmp_path / "index.tsv"
    assert "1 documents, 2 units" in _run(script, capsys, "export", index, labels)
    stored = index.read_text(encoding="utf-8")
    assert "example/repo\tdocs/setup.md" in stored and "Redis (optional)" not in stored and "systemctl" not in stored
    assert "T_01.md example/repo docs/setup.md" in _run(script, capsys, "fetchlist", index)
    expected = "2 units, precision 1.000, recall 1.000 (tp 1, fp 0, fn 0, tn 1)"
    assert expected in _run(docscore, capsys, labels)

    out = tmp_path / "restored"
    assert "1 documents, 0 changed, 0 missing documents, 2 units, 0 lost units" in _run(
        script, capsys, "restore", index, tmp_path / "docs", out)
    assert expected in _run(docscore, capsys, out / "T.txt")

    moved = tmp_path / "moved"
    moved.mkdir()
    (moved / "T_01.md").write_text("---\ntitle: Setup\n---\n" + document, encoding="utf-8")
    assert "1 changed" in _run(script, capsys, "restore", index, moved, tmp_path / "again")
    assert (tmp_path / "again" / "T.txt").read_text(encoding="utf-8").splitlines()[1:] == [
        "+ 8 Redis (optional)", "- 11 Start Redis with `systemctl start redis-server`."]
    assert expected in _run(docscore, capsys, tmp_path / "again" / "T.txt")

    (moved / "T_01.md").unlink()
    assert "0 documents, 0 changed, 1 missing documents" in _run(script, capsys, "restore", index, moved, tmp_path / "x")
    assert script.main(["restore", str(index)]) == 2
    assert capsys.readouterr().out.startswith("error: expected export INDEX")
    assert script.main(["fetchlist", str(tmp_path / "none.tsv")]) == 2
    assert capsys.readouterr().out == f"error: no such index: {tmp_path / 'none.tsv'}\n"


def test_heldout_index_keeps_a_pinned_commit(tmp_path: Path, capsys, monkeypatch) -> None:
    """A document saved from an older commit than the stored default (``# doc: NAME REPO PATH
    @COMMIT``) keeps that commit through export, fetchlist and restore, and is scored under its
    path (a CONTRIBUTING.md stays a contributors' guide with the commit beside it)."""
    docscore = _bench_script("sum301_docscore", monkeypatch)
    script = _bench_script("sum301_heldout", monkeypatch)
    commit = "0123456789abcdef0123456789abcdef01234567"
    assert docscore.split_origin(f"example/repo docs/setup.md @{commit}") == ("example/repo", "docs/setup.md", commit)
    assert docscore.split_origin("example/repo docs/my setup.md") == ("example/repo", "docs/my setup.md", "")
    assert docscore.split_origin("example/repo docs/setup.md @main") == ("example/repo", "docs/setup.md @main", "")
    document = "# Setup\n\n- Redis (optional)\n"
    labels = _labelled_document(tmp_path, document, "+ 3 Redis (optional)\n")
    labels.write_text(labels.read_text(encoding="utf-8").replace("docs/setup.md", "CONTRIBUTING.md @" + commit, 1),
                      encoding="utf-8")
    assert "(tp 0, fp 0, fn 1, tn 0)" in _run(docscore, capsys, labels)  # (a contributors' guide: not reported)
    index = tmp_path / "index.tsv"
    _run(script, capsys, "export", index, labels)
    assert f"example/repo\tCONTRIBUTING.md\t" in index.read_text(encoding="utf-8")
    assert index.read_text(encoding="utf-8").split("\n")[1].endswith("\t" + commit)
    assert _run(script, capsys, "fetchlist", index) == f"T_01.md example/repo CONTRIBUTING.md {commit}\n"
    out = tmp_path / "restored"
    assert "0 lost units" in _run(script, capsys, "restore", index, tmp_path / "docs", out)
    assert (out / "T.txt").read_text(encoding="utf-8").splitlines()[0] == (
        f"# doc: T_01.md example/repo CONTRIBUTING.md @{commit}")


def test_heldout_fetchlist_stops_quietly_when_its_reader_does(tmp_path: Path) -> None:
    """``fetchlist INDEX | head``: once the reader has closed the pipe the script ends with 0
    and no traceback (the list of thousands of documents is longer than a pipe's buffer)."""
    import subprocess

    rows = ["# index"] + [f"D\tR900_{n:04d}.md\tR900\towner/repo\tdocs/page{n}.md\t{'0' * 64}" for n in range(5000)]
    index = tmp_path / "index.tsv"
    index.write_text("\n".join(rows) + "\n", encoding="utf-8")
    script = Path(__file__).resolve().parents[1] / "bench" / "sum301_heldout.py"
    process = subprocess.Popen([sys.executable, str(script), "fetchlist", str(index)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout.readline() == b"R900_0000.md owner/repo docs/page0.md\n"
    process.stdout.close()
    error = process.stderr.read().decode()
    assert process.wait() == 0 and "Traceback" not in error, error


@pytest.mark.parametrize("name", ["CONTRIBUTING.md", ".github/CONTRIBUTING.md", "docs/contributing.md", "CONTRIBUTE.md",
                                  "CONTRIBUTING-backend.md"])
def test_a_contributors_guide_is_a_development_setup(name: str) -> None:
    """The same hedge is reported in a set-up guide and left alone in a contributors' guide,
    whose set-up is the contributor's own machine (GitHub's CONTRIBUTING convention)."""
    text = "# Working on the shop\n\n## Set up\n\n- PostgreSQL 16\n- Redis 7 (optional, for the job queue)\n"
    linter = Linter(fixture_config(Path("/tmp")))

    def sum301_lines(path: str) -> list[int]:
        source = decode(Path("/repo") / path, text.encode("utf-8"), "markdown")
        return [d.span.line for d in linter.lint_source(source).diagnostics if d.code == "SUM301"]

    assert sum301_lines("docs/SETUP.md") == [6]
    assert sum301_lines("CONTRIBUTORS.md") == [6]  # (a list of people, not a guide to setting up)
    assert sum301_lines(name) == []


def test_sibling_briefs_offer_unbriefed_repositories_beside_hedging_documents(tmp_path, monkeypatch) -> None:
    """bench/sum301_sibling_briefs.py: each brief names twelve repositories, none offered before
    (the briefed list), each with a measured document that has a ``+`` unit (or, for the Redis
    pool, none but a Redis-named path), none measured only in a sibling round or only by its root
    README, and the template's placeholders and look-up limit are replaced. Read from an index and
    a briefed list of its own: the live pools empty as sessions use them (the hundred-and-second
    session took the last of the hedging pool). The ``rest`` pool takes, in tiers, the hedging
    repositories the other two leave out."""
    import re

    script = _bench_script("sum301_sibling_briefs", monkeypatch)
    rows = ["# test index"]

    def document(name: str, repo: str, path: str, label: str) -> None:
        rows.append("\t".join(("D", f"{name}_01.md", name, repo, path, "0" * 64)))
        rows.append("\t".join(("U", label, "3", "1", "abcdef0123")))

    hedging = {f"o/hedge{i}" for i in range(30)}
    for i, repo in enumerate(sorted(hedging)):
        document(f"R{100 + i}", repo, "docs/deploy.md", "+")
    redis = {f"o/redis{i}" for i in range(13)}
    for i, repo in enumerate(sorted(redis)):
        document(f"R{300 + i}", repo, "docs/redis.md", "-")
    document("R400", "o/briefed", "docs/deploy.md", "+")  # offered before
    document("R1900", "o/sibling", "docs/deploy.md", "+")  # measured in a sibling round
    document("R401", "o/readme", "README.md", "+")  # only its root README
    document("R402", "o/plain", "docs/setup.md", "-")  # neither pool
    for i, path in enumerate(("docs/a.md", "docs/b.md", "docs/c.md")):  # more than two measured
        document(f"R{410 + i}", "o/many", path, "+" if i == 0 else "-")
    index = tmp_path / "index.tsv"
    index.write_text("\n".join(rows) + "\n", encoding="utf-8")
    briefed = tmp_path / "briefed.txt"
    briefed.write_text("# offered\no/briefed\n", encoding="utf-8")
    monkeypatch.setattr(script, "INDEX", index)
    monkeypatch.setattr(script, "BRIEFED", briefed)
    out = tmp_path / "briefs"

    def offered(name: str) -> list[str]:
        text = (out / f"brief_{name}.md").read_text(encoding="utf-8")
        assert "RNNN" not in text and not re.search(r"(?m)^Theme: THEME$", text) and "about 17 look-ups" in text
        assert "Keep a running tally of your look-ups" in text
        listed = re.search(r"^Theme: .*Repositories: (.*)\.$", text, re.M)[1].split("; ")
        return [item.split(" (measured: ")[0] for item in listed]

    assert script.main(["hedging", "5000", "3", str(out)]) == 0
    first, second = offered("R5000"), offered("R5001")
    assert len(first) == len(second) == 12 and len(set(first + second)) == 24 and set(first + second) <= hedging
    assert sorted(offered("R5002")) == sorted(hedging - set(first + second))  # (the last six)
    assert script.main(["redis", "6000", "1", str(out)]) == 0
    assert len(offered("R6000")) == 12 and set(offered("R6000")) <= redis
    # The rest of the hedging repositories, never offered: a sibling round's, then more than two
    # measured documents, then a root README alone.
    assert script.main(["rest", "7000", "1", str(out)]) == 0
    assert offered("R7000") == ["o/sibling", "o/many", "o/readme"]
    # The found pool: repositories measured only in recorded search-theme rounds, never offered;
    # hedging first, then a page other than the root README, then the README alone.
    document("R2300", "o/theme-readme", "README.md", "-")
    document("R2301", "o/theme-page", "docs/ops.md", "-")
    document("R2302", "o/theme-hedge", "README.md", "+")
    document("R2303", "o/theme-mixed", "docs/ops.md", "-")
    document("R402", "o/theme-mixed", "docs/other.md", "-")  # also measured in an earlier round
    document("R2304", "o/briefed", "docs/ops.md", "-")  # offered before
    index.write_text("\n".join(rows) + "\n", encoding="utf-8")
    themes = tmp_path / "themes.txt"
    themes.write_text("# rounds\n" + "".join(f"R{n}\tsome theme {n}\n" for n in range(2300, 2305)), encoding="utf-8")
    monkeypatch.setattr(script, "THEMES", themes)
    assert script.main(["found", "8000", "1", str(out)]) == 0
    assert offered("R8000") == ["o/theme-hedge", "o/theme-page", "o/theme-readme"]


def test_theme_briefs_fill_the_template_and_refuse_a_theme_already_given(tmp_path, monkeypatch, capsys) -> None:
    """bench/sum301_theme_briefs.py: one brief a theme, in order, with the theme, the round's name,
    the look-up limit and the tally line in place of the template's placeholders; a theme the
    record already holds (compared without case) stops it before it writes anything, and
    ``--record`` appends the rounds it wrote."""
    import re

    script = _bench_script("sum301_theme_briefs", monkeypatch)
    record = tmp_path / "themes.txt"
    record.write_text("# given\nR10\tHelm charts of web applications\n", encoding="utf-8")
    monkeypatch.setattr(script, "RECORD", record)
    themes = tmp_path / "new.txt"
    themes.write_text("# this session\nbots on chat platforms\n\nlearning platforms\n", encoding="utf-8")
    out = tmp_path / "briefs"
    assert script.main(["700", str(themes), str(out), "--record"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["brief_R700.md", "brief_R701.md"]
    text = (out / "brief_R701.md").read_text(encoding="utf-8")
    theme = re.search(r"(?m)^Theme: (.*)$", text)[1]
    assert theme.startswith("learning platforms. The look-up limit for this round is 17 (not 38)")
    assert "RNNN" not in text and "R701_01.md" in text and "about 17 look-ups" in text and "stop at 17" in text
    assert "Keep a running tally of your look-ups" in text
    assert record.read_text(encoding="utf-8").splitlines()[-2:] == ["R700\tbots on chat platforms",
                                                                    "R701\tlearning platforms"]
    capsys.readouterr()
    again = tmp_path / "again.txt"
    again.write_text("helm charts of web applications\nsomething new\n", encoding="utf-8")
    assert script.main(["800", str(again), str(tmp_path / "none")]) == 2
    assert "theme already given in R10: helm charts of web applications" in capsys.readouterr().out
    assert not (tmp_path / "none").exists()
    assert script.main(["800", str(tmp_path / "missing.txt"), str(out)]) == 2


def test_heldout_nearcopy_flags_copies_of_indexed_documents(tmp_path: Path, capsys, monkeypatch) -> None:
    """``nearcopy``: a new document with the indexed one's bytes, or with most of its unit probes
    (a translated heading aside), is listed; an unrelated one is not, nor a document against its
    own entry once the index holds it."""
    script = _bench_script("sum301_heldout", monkeypatch)
    document = ("# Setup\n\n- Redis (optional)\n- Install Redis with apt.\n\nStart Redis with `systemctl start"
                " redis-server`.\n\nCheck Redis with `redis-cli ping`.\n")
    labels = _labelled_document(tmp_path, document, "+ 3 Redis (optional)\n- 4 Install Redis\n- 6 Start Redis\n"
                                                    "- 8 Check Redis\n")
    index = tmp_path / "index.tsv"
    _run(script, capsys, "export", index, labels)
    assert "0 documents to look at" in _run(script, capsys, "nearcopy", index, labels)  # (its own entry)
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "docs").mkdir()
    (batch / "docs" / "N_01.md").write_text(document, encoding="utf-8")
    (batch / "docs" / "N_02.md").write_text(document.replace("# Setup", "# Instalación"), encoding="utf-8")
    (batch / "docs" / "N_03.md").write_text("# Cache\n\nRedis is required.\n\nRedis runs on port 6379.\n",
                                            encoding="utf-8")
    new = batch / "N.txt"
    new.write_text("# doc: N_01.md other/repo README.md\n+ 3 Redis (optional)\n- 4 Install Redis\n"
                   "# doc: N_02.md other/repo docs/es.md\n+ 3 Redis (optional)\n- 4 Install Redis\n- 6 Start Redis\n"
                   "# doc: N_03.md third/repo cache.md\n- 3 Redis is required.\n- 5 Redis runs\n", encoding="utf-8")
    out = _run(script, capsys, "nearcopy", index, new)
    assert "N_01.md (other/repo README.md): the same bytes as T_01.md (example/repo docs/setup.md)" in out
    assert "N_02.md (other/repo docs/es.md): 3 of 3 unit probes shared with T_01.md" in out
    assert "N_03.md" not in out and "2 documents to look at" in out
    assert script.main(["nearcopy", str(index), str(tmp_path / "none.txt")]) == 2
    assert capsys.readouterr().out == f"error: no such labels file: {tmp_path / 'none.txt'}\n"


def test_trace_shows_the_claim_its_reading_and_where_a_traced_method_returns(capsys, monkeypatch) -> None:
    """bench/sum301_trace.py: a reported sentence shows its claim (reading, wording, the methods
    that led to it) and the diagnostic; a named method's returns carry their claims.py line; a
    sentence with no hedge says so."""
    script = _bench_script("sum301_trace", monkeypatch)
    out = _run(script, capsys, "If you use Celery, install Redis.", "_condition")
    assert "claim: condition “If you use Celery”" in out and "> _condition" in out
    assert "_condition returns at claims.py:" in out and "Claim(" in out
    assert "SUM301 3:1 this paragraph says Redis is conditional (“If you use Celery”)" in out
    assert _run(script, capsys, "Redis is required.").strip() == "no SUM301 report"
    assert script.main(["--help"]) == 0 and capsys.readouterr().out.startswith(script.__doc__.split("\n")[0])
    assert script.main(["--file", "/nonexistent.md"]) == 2
    assert capsys.readouterr().out == "error: no such file: /nonexistent.md\n"
