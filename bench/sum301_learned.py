"""Would a classifier learned from the held-out labels find what SUM301's readings miss? A measurement.

    .venv/bin/python bench/sum301_learned.py LABELS [LABELS ...] --test-from ROUND

Needs scikit-learn, which sumlint does not depend on (``.venv/bin/pip install scikit-learn``).

The labels files are the ones ``bench/sum301_docscore.py`` reads. Those whose round (the number
in their name: 352 in ``R352.txt``) is below ROUND are the training set, the others the test set,
so the test documents come later than everything learned from. A logistic regression (balanced
classes) learns from the labelled text of each training unit, as word 1–2-grams and character
2–5-grams. The rule's answer for each unit comes from linting its document whole, as
``sum301_docscore.py`` does, with the code of the checkout the script sits in: run it from a
worktree of an older commit to get the rule as it stood before the test rounds arrived.

On the test units it prints the rule alone, the classifier alone at several thresholds, the
two together (a unit either flags) and the rule with the classifier's veto (the rule's report
dropped where the classifier gives it a low probability). The forty-second session's reading
is in docs/runbooks.md.

These labelled documents are other projects' text and stay outside the repository.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from labelargs import bad_usage

THRESHOLDS = (0.5, 0.7, 0.9, 0.95)
VETOES = (0.05, 0.1, 0.3)


def split(names: list[str], test_from: int) -> tuple[list[str], list[str]]:
    """The labels files before round ``test_from`` (training) and from it on (test)."""
    def round_of(name: str) -> int:
        digits = re.search(r"(\d+)\D*$", Path(name).stem)
        if digits is None:
            raise SystemExit(f"error: no round number in the name of {name}")
        return int(digits[1])

    return ([n for n in names if round_of(n) < test_from], [n for n in names if round_of(n) >= test_from])


def score(predicted: list[bool], expected: list[bool]) -> str:
    tp = sum(p and e for p, e in zip(predicted, expected))
    fp = sum(p and not e for p, e in zip(predicted, expected))
    fn = sum(e and not p for p, e in zip(predicted, expected))
    return f"precision {tp / (tp + fp or 1):.3f}, recall {tp / (tp + fn or 1):.3f} (tp {tp}, fp {fp}, fn {fn})"


def units_of(names: list[str]) -> tuple[list[str], list[bool], list[bool]]:
    """Each labelled unit's text, label, and whether SUM301 flags it in its document."""
    import sum301_docscore as docscore
    from harness import fixture_config

    from sumlint.runner import Linter

    linter = Linter(fixture_config(Path("/tmp")))
    texts, labels, flags = [], [], []
    for name in names:
        for path, _origin, units in docscore.load(Path(name)):
            docscore.score_document(linter, path, units)
            for unit in units:
                texts.append(unit.text)
                labels.append(unit.expected)
                flags.append(unit.flagged)
    return texts, labels, flags


def main(argv: list[str]) -> int:
    argv = list(argv)
    test_from = None
    if "--test-from" in argv:
        at = argv.index("--test-from")
        value = argv[at + 1] if at + 1 < len(argv) else ""
        del argv[at:at + 2]
        if not value.lstrip("Rr").isdigit():
            print(f"error: --test-from takes a round such as R353, not {value!r}")
            return 2
        test_from = int(value.lstrip("Rr"))
    if (code := bad_usage(argv, __doc__)) is not None:
        return code
    if test_from is None:
        print("error: --test-from ROUND is required (see --help)")
        return 2
    train, test = split(argv, test_from)
    if not train or not test:
        print(f"error: --test-from R{test_from} leaves {len(train)} training and {len(test)} test files")
        return 2
    try:
        from scipy.sparse import hstack
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        print("error: this measurement needs scikit-learn (.venv/bin/pip install scikit-learn)")
        return 2

    train_texts, train_labels, _ = units_of(train)
    texts, labels, rule = units_of(test)
    words = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=3, sublinear_tf=True)
    features = hstack([words.fit_transform(train_texts), chars.fit_transform(train_texts)]).tocsr()
    model = LogisticRegression(C=4, max_iter=3000, class_weight="balanced").fit(features, train_labels)
    probability = model.predict_proba(hstack([words.transform(texts), chars.transform(texts)]).tocsr())[:, 1]

    print(f"training: {len(train_texts)} units ({sum(train_labels)} +) from {len(train)} files; "
          f"test: {len(texts)} units ({sum(labels)} +) from {len(test)} files")
    print(f"rule:                        {score(rule, labels)}")
    for threshold in THRESHOLDS:
        learned = [p > threshold for p in probability]
        print(f"classifier > {threshold:<4}:           {score(learned, labels)}")
        print(f"rule or classifier > {threshold:<4}:   {score([a or b for a, b in zip(rule, learned)], labels)}")
    for threshold in VETOES:
        kept = [r and p >= threshold for r, p in zip(rule, probability)]
        print(f"rule unless classifier < {threshold:<4}: {score(kept, labels)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
