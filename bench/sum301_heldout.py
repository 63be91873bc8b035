"""Keep the held-out SUM301 measurements reproducible without keeping other projects' text.

    .venv/bin/python bench/sum301_heldout.py export INDEX LABELS [LABELS ...]
    .venv/bin/python bench/sum301_heldout.py fetchlist INDEX
    .venv/bin/python bench/sum301_heldout.py restore INDEX DOCS OUT
    .venv/bin/python bench/sum301_heldout.py nearcopy INDEX LABELS [LABELS ...]

The labelled documents ``bench/sum301_docscore.py`` scores are other projects' text and stay
outside the repository (in a folder like ``/work/eval5``), so a reset of the machine loses them:
it took R1–R254 with it once. ``export`` writes an index that holds no text of theirs: per
document its name, round, repository, path and SHA-256, and the commit when the labels file
pins one (``# doc: NAME REPO PATH @COMMIT``: saved from an older commit than the stored default,
because the default changed); per labelled unit its label, line, column and a short hash of the
25 characters where it starts. ``fetchlist`` prints what to fetch again (``name repository path
[commit]``, one document a line) for whoever has the search tools; the
fetched documents go into DOCS under their names. ``restore`` rebuilds the labels files in OUT
(one per round, ``OUT/docs`` linked to DOCS) from the index and the fetched documents: where a
document's SHA-256 matches, every unit lands where it was; where the stored copy changed since,
each unit is looked for by its hash (the nearest line first), and units that cannot be found,
and documents missing from DOCS, are counted and left out. Then score as usual::

    .venv/bin/python bench/sum301_docscore.py OUT/R*.txt

``nearcopy`` is the check to run on a new batch before scoring it: it lists each document that has
the same bytes as an indexed one (or an earlier one of the batch), or shares at least three unit
probes, and at least 30% of its own, with one. A page beside a measured one can be its copy, its
translation or its older version; take such a document out of the batch (a shared stock line such
as "## Redis" or a `REDIS_HOST` row is no copy).
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sum301_docscore import _place, load, split_origin

_PROBE = 25  # characters hashed where a unit starts (as ``_place`` looks a unit up)


def _probe_hash(text: str) -> str:
    return hashlib.sha256(text[:_PROBE].encode("utf-8")).hexdigest()[:10]


def _unit_probe(unit, lines: list[str]) -> str:
    """The hash of the characters where ``unit`` starts, once placed in its document's ``lines``."""
    _place(unit, lines)
    line = lines[unit.line - 1] if 1 <= unit.line <= len(lines) else ""
    return _probe_hash(line[unit.column - 1:])


def export(index: Path, labels: list[str]) -> int:
    rows = [("# SUM301 held-out index (bench/sum301_heldout.py): D name round repository path sha256"
             " [commit]; U label line column hash")]
    documents = units = 0
    for name in labels:
        round_name = Path(name).stem
        for path, origin, found in load(Path(name)):
            data = path.read_bytes()
            lines = data.decode("utf-8", errors="replace").split("\n")
            repo, where, commit = split_origin(origin)
            rows.append("\t".join(("D", path.name, round_name, repo, where, hashlib.sha256(data).hexdigest())
                                   + ((commit,) if commit else ())))
            documents += 1
            for unit in found:
                probe = _unit_probe(unit, lines)
                rows.append("\t".join(("U", "+" if unit.expected else "-", str(unit.line), str(unit.column), probe)))
                units += 1
    index.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{index}: {documents} documents, {units} units")
    return 0


def _read(index: Path):
    documents = []
    for raw in index.read_text(encoding="utf-8").split("\n"):
        fields = raw.split("\t")
        if fields[0] == "D" and len(fields) in (6, 7):
            documents.append(((fields[1:] + [""])[:6], []))
        elif fields[0] == "U" and len(fields) == 5 and documents:
            documents[-1][1].append((fields[1] == "+", int(fields[2]), int(fields[3]), fields[4]))
    return documents


def fetchlist(index: Path) -> int:
    try:
        for (name, _round, repo, where, _sha, commit), _units in _read(index):
            print(name, repo, where, *((commit,) if commit else ()))
        sys.stdout.flush()
    except BrokenPipeError:  # (``fetchlist INDEX | head``: the reader has what it wanted)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def _relocate(lines: list[str], line: int, digest: str) -> tuple[int, int] | None:
    """The line and column nearest ``line`` where the hashed 25 characters start."""
    order = sorted(range(len(lines)), key=lambda k: abs(k + 1 - line))
    for k in order:
        text = lines[k]
        for column in range(len(text)):
            if not text[column].isspace() and _probe_hash(text[column:]) == digest:
                return k + 1, column + 1
    return None


def restore(index: Path, docs: Path, out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    link = out / "docs"
    if not link.exists():
        os.symlink(docs.resolve(), link)
    rounds: dict[str, list[str]] = {}
    counts = {"documents": 0, "changed": 0, "missing documents": 0, "units": 0, "lost units": 0}
    for (name, round_name, repo, where, sha, commit), units in _read(index):
        path = docs / name
        if not path.exists():
            counts["missing documents"] += 1
            continue
        data = path.read_bytes()
        lines = data.decode("utf-8", errors="replace").split("\n")
        same = hashlib.sha256(data).hexdigest() == sha
        counts["documents"] += 1
        counts["changed"] += not same
        rows = rounds.setdefault(round_name, [])
        rows.append(f"# doc: {name} {repo} {where}" + (f" @{commit}" if commit else ""))
        for expected, line, column, digest in units:
            if not same or not (1 <= line <= len(lines)) or _probe_hash(lines[line - 1][column - 1:]) != digest:
                found = _relocate(lines, line, digest)
                if found is None:
                    counts["lost units"] += 1
                    continue
                line, column = found
            text = lines[line - 1][column - 1:].strip()[:120] or "?"
            rows.append(f"{'+' if expected else '-'} {line} {text}")
            counts["units"] += 1
    for round_name, rows in rounds.items():
        (out / f"{round_name}.txt").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(", ".join(f"{v} {k}" for k, v in counts.items()))
    return 0


def _unit_probes(path: Path, found) -> tuple[str, set[str]]:
    """A labelled document's SHA-256 and the probe hashes of its units (as ``export`` writes them)."""
    data = path.read_bytes()
    lines = data.decode("utf-8", errors="replace").split("\n")
    return hashlib.sha256(data).hexdigest(), {_unit_probe(unit, lines) for unit in found}


def nearcopy(index: Path, labels: list[str]) -> int:
    """Documents in LABELS that are a copy, or a near-copy, of an indexed one or of each other: the
    same bytes, or at least three unit probes shared that are at least 30% of the document's."""
    by_probe: dict[str, set[str]] = {}
    by_sha = {}
    for (name, _round, repo, where, sha, _commit), units in _read(index):
        by_sha[sha] = f"{name} ({repo} {where})"
        for _label, _line, _column, digest in units:
            by_probe.setdefault(digest, set()).add(f"{name} ({repo} {where})")
    flagged = 0
    for name in labels:
        for path, origin, found in load(Path(name)):
            sha, probes = _unit_probes(path, found)
            mine = f"{path.name} ({origin})"
            shared: dict[str, int] = {}
            for digest in probes:
                for other in by_probe.get(digest, ()):
                    if not other.startswith(path.name + " "):  # (its own entry, once the index holds the batch)
                        shared[other] = shared.get(other, 0) + 1
            hits = [f"the same bytes as {by_sha[sha]}"] if sha in by_sha and not by_sha[sha].startswith(
                path.name + " ") else []
            hits += [f"{count} of {len(probes)} unit probes shared with {other}"
                     for other, count in sorted(shared.items(), key=lambda item: -item[1])
                     if count >= 3 and count >= 0.3 * len(probes)]
            for hit in hits:
                print(f"{mine}: {hit}")
            flagged += bool(hits)
            by_sha[sha] = mine
            for digest in probes:
                by_probe.setdefault(digest, set()).add(mine)
    print(f"{flagged} documents to look at (a shared probe can also be a stock line: '## Redis', a `REDIS_HOST` row)")
    return 0


def main(argv: list[str]) -> int:
    if not argv or {"-h", "--help"} & set(argv):
        print(__doc__)
        return 0 if argv else 2
    command, args = argv[0], argv[1:]
    wanted = {"export": None, "nearcopy": None, "fetchlist": 1, "restore": 3}
    if command not in wanted or (len(args) < 2 if wanted[command] is None else len(args) != wanted[command]):
        print(f"error: expected export INDEX LABELS…, nearcopy INDEX LABELS…, fetchlist INDEX or restore INDEX DOCS OUT,"
              f" not {' '.join(argv)!r} (see --help)")
        return 2
    if command == "nearcopy":
        missing = next((a for a in args if not Path(a).is_file()), None)
        if missing is not None:
            print(f"error: no such {'index' if missing == args[0] else 'labels file'}: {missing}")
            return 2
        return nearcopy(Path(args[0]), args[1:])
    if command == "export":
        missing = next((a for a in args[1:] if not Path(a).is_file()), None)
        if missing is not None:
            print(f"error: no such labels file: {missing}")
            return 2
        return export(Path(args[0]), args[1:])
    if not Path(args[0]).is_file():
        print(f"error: no such index: {args[0]}")
        return 2
    if command == "fetchlist":
        return fetchlist(Path(args[0]))
    if not Path(args[1]).is_dir():
        print(f"error: no such folder of documents: {args[1]}")
        return 2
    return restore(Path(args[0]), Path(args[1]), Path(args[2]))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
