#!/bin/sh
# The measurements behind README.md's "How well does it work" (not a test;
# `make quality` runs it): the 2015 recipe against `context`, `context-sound`
# and the baselines, on GRID speakers never trained on and on a pluck video of
# an unseen seed, timing made unpredictable. Writes OUT/quality.md, the tables.
#   benchmarks/context_quality.sh [GRID_FOLDER] [OUT]
# GRID_FOLDER holds grid_brbk7n.mpg and grid/ with the seven others (default:
# the shipped dbn/data).
set -e
here=$(cd "$(dirname "$0")/.." && pwd)
grid=$(cd "${1:-$here/dbn/data}" && pwd)
out=${2:-context-quality}
py=${PYTHON:-python3}
dbn() { PYTHONPATH="$here" "$py" -m dbn "$@"; }
theanet() { PYTHONPATH="$here" "$py" "$here/theanet.py" "$@"; }
mkdir -p "$out" && cd "$out"
clip() { for c in "$@"; do [ -f "$grid/grid_$c.mpg" ] && echo "$grid/grid_$c.mpg" || echo "$grid/grid/grid_$c.mpg"; done; }
train=$(clip bbaf2n brbk7n lbax4n lbbc2a lwbsza pwij3p)
test=$(clip sbia1a swiz3n)

# GRID: six speakers to train on, two to test on
mkdir -p grid2015 gridctx
(cd grid2015 && dbn pickle $train && theanet --pretrain none --max-epochs 100 --seed 0)
(cd gridctx && dbn pickle --recipe context $train && dbn train --recipe context -o context.pkl \
    && dbn train --recipe context-sound -o sound.pkl)
dbn evaluate $test --brain grid2015/theanet.py.net.pkl --brain gridctx/context.pkl \
    --brain gridctx/sound.pkl --train $train --rotate -o grid-report --force
dbn evaluate $test --brain grid2015/theanet.py.net.pkl --brain gridctx/context.pkl \
    --brain gridctx/sound.pkl --train $train -o grid-whole --force  # the trap: not rotated

# pluck: two minutes of seed 1 to train on, forty seconds of seed 2 to test on
dbn synth pluck -o pluck1.mkv --seconds 120 --seed 1
dbn synth pluck -o pluck2.mkv --seconds 40 --seed 2
mkdir -p pluck2015 pluckctx
(cd pluck2015 && dbn pickle ../pluck1.mkv && theanet --pretrain none --max-epochs 100 --seed 0)
(cd pluckctx && dbn pickle --recipe context ../pluck1.mkv && dbn train --recipe context -o context.pkl \
    && dbn train --recipe context-sound -o sound.pkl)
dbn evaluate pluck2.mkv --brain pluck2015/theanet.py.net.pkl --brain pluckctx/context.pkl \
    --brain pluckctx/sound.pkl --train pluck1.mkv --rotate -o pluck-report --force
"$py" "$here/benchmarks/quality_tables.py" grid-report grid-whole pluck-report > quality.md
echo "tables: $out/quality.md (reports: $out/grid-report, $out/grid-whole, $out/pluck-report)"
