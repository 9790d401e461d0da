"""Kill rate per module from `mutmut results --all true` and `cr-report` (make mutation).

    python benchmarks/mutation_score.py mutation-out.txt

Mutants listed in tests/README.md as equivalent (no test can tell them from
the original) are left out of the rate and counted apart: mutmut's by name
(``dbn.evaluate.x__sd__mutmut_3``), cosmic-ray's by file, operator and
occurrence (``dbn/targets.py core/ReplaceBinaryOperator_Add_BitOr 0``).
"""
import collections
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def equivalent():
    """The mutant names tests/README.md lists as equivalent (`name`: reason lines)."""
    with open(os.path.join(ROOT, "tests", "README.md")) as f:
        return set(re.findall(r"^- `(dbn\.[\w.]+__mutmut_\d+|dbn/[\w/]+\.py core/\w+ \d+)`",
                              f.read(), re.M))


# cosmic-ray's outcomes, in mutmut's words
COSMIC = {"KILLED": "killed", "SURVIVED": "survived", "INCOMPETENT": "killed"}


def outcomes(lines):
    """(module, mutant name, status) of each mutant in mutmut's and cr-report's lines."""
    name = None
    for line in lines:
        m = re.match(r"\s*(dbn\.[\w.]+?)\.x\w+__mutmut_\d+: (\w[\w ]*)", line)
        if m:
            yield m.group(1), line.split(":")[0].strip(), m.group(2)
        elif re.match(r"dbn/[\w/]+\.py core/\w+ \d+$", line.strip()):
            name = line.strip()
        elif name and line.startswith("worker outcome:"):
            worker, test = re.findall(r"Outcome\.(\w+)", line)
            status = "timeout" if worker == "TIMEOUT" else COSMIC.get(test, test.lower())
            yield name.split()[0][:-3].replace("/", "."), name, status
            name = None


def main(path):
    counts = collections.defaultdict(collections.Counter)
    same = equivalent()
    with open(path) as f:
        for module, name, status in outcomes(f):
            counts[module]["equivalent" if name in same and status == "survived"
                           else status] += 1
    total = collections.Counter()
    for module, c in sorted(counts.items()):
        total += c
        print(f"{module:<16} {_line(c)}")
    print(f"{'all':<16} {_line(total)}")


DETECTED = ("killed", "timeout", "segfault")  # a test failed, hung or crashed on the mutant


def _line(c):
    detected = sum(c[k] for k in DETECTED)
    tried = detected + c["survived"] + c["no tests"]
    rate = detected / tried if tried else 0.0
    other = sum(v for k, v in c.items()
                if k not in DETECTED + ("survived", "equivalent", "no tests"))
    return (f"killed {detected} of {tried} non-equivalent ({rate:.1%}); "
            f"{c['survived']} survived and {c['no tests']} untested of those; {c['equivalent']} "
            f"equivalent; other {other}")


if __name__ == "__main__":
    main(sys.argv[1])
