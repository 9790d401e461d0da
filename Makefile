# make demo: the whole 2015 workflow on the bundled clip, in a fresh folder.
# make test: the test suite.  Both create .venv and install what they need.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench quality quality-elsewhere quality-other quality-bins object-prior mutation \
    clean

$(STAMP): setup.py
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/python -m dbn demo -o demo-out/$$(date +%Y%m%d-%H%M%S)

test: $(STAMP)
	$(BIN)/python -m pytest -q tests

bench: $(STAMP)
	for b in benchmarks/bench_*.py; do $(BIN)/python $$b || exit 1; done

# make quality: README.md's quality tables, from the shipped GRID clips and generated
# known-answer videos (about 40 minutes on 2 cores); the tables land in quality-out/quality.md
quality: $(STAMP)
	PYTHON=$(CURDIR)/$(BIN)/python sh benchmarks/quality.sh dbn/data quality-out

# make quality-elsewhere: the known-answer scenes as `dbn synth` makes them by default
# (.mp4, here at 30 fps, on other seeds), `context` alone (under an hour on 2 cores);
# the tables land in quality-out/elsewhere.md
quality-elsewhere: $(STAMP)
	PYTHON=$(CURDIR)/$(BIN)/python sh benchmarks/quality.sh --elsewhere quality-out

# make quality-other: the theremin and the lights made unlike `dbn synth` makes them
# (colour, clutter, noise), `context` alone (about 40 minutes on 2 cores); the tables land
# in quality-out/other/other.md
quality-other: $(STAMP)
	$(BIN)/python benchmarks/other_scenes.py --work quality-out/other

# make quality-bins: `context-bins` alone, on GRID, on the scenes both as `make quality` and
# as `make quality-elsewhere` make them, and on the scenes made otherwise (about 40 minutes on 2
# cores); the tables land in quality-out/bins.md and quality-out/other-bins/other.md
quality-bins: $(STAMP)
	PYTHON=$(CURDIR)/$(BIN)/python sh benchmarks/quality.sh --bins quality-out
	$(BIN)/python benchmarks/other_scenes.py --work quality-out/other-bins --recipe context-bins

# make object-prior: what the cluttered theremin lacks, measured with trial networks in
# PyTorch (installed here: the CPU build where PyTorch's index answers; about 30 minutes
# on 2 cores); the table and a plot land in quality-out/object-prior
object-prior: $(STAMP)
	$(BIN)/python -m pip install -q torch --index-url https://download.pytorch.org/whl/cpu \
	  || $(BIN)/python -m pip install -q torch
	$(BIN)/python benchmarks/object_prior.py --work quality-out/object-prior

# make mutation: mutation testing of the newest layer with mutmut, and of targets.py
# with cosmic-ray (not in CI: slow); kill rate and the surviving mutants in
# mutation-out.txt (see tests/README.md)
mutation: $(STAMP)
	$(BIN)/python -m pip install -q 'mutmut>=3.3' 'cosmic-ray>=8.3'
	rm -rf mutants mutants-cr
	$(BIN)/mutmut run > /dev/null 2>&1 || true
	$(BIN)/mutmut results --all true > mutation-out.txt 2>&1 || true
	mkdir mutants-cr && cp -r dbn tests brains pytest.ini mutants-cr/
	cd mutants-cr && export PATH=$(CURDIR)/$(BIN):$$PATH && \
	    cosmic-ray init ../tests/cosmic-ray.toml cr.sqlite && \
	    cosmic-ray exec ../tests/cosmic-ray.toml cr.sqlite > /dev/null 2>&1 || true
	$(BIN)/cr-report mutants-cr/cr.sqlite >> mutation-out.txt
	$(BIN)/python benchmarks/mutation_score.py mutation-out.txt

clean:
	rm -rf $(VENV) build *.egg-info demo-out quality-out mutants mutants-cr mutation-out.txt \
	    .pytest_cache
