#!/bin/sh
# brains/sight-harmonic.toml and brains/context.toml on the known-answer scenes where the
# picture sets the sound (not a test): trained on 90 s of seed 1 with three training seeds,
# scored on 30 s of seed 2. Writes OUT/scenes.md (each figure: the mean over the training
# seeds, with its spread) and the reports behind it, each with its report.html.
#   benchmarks/scene_quality.sh [OUT]
set -e
here=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-scene-quality}
py=${PYTHON:-python3}
dbn() { PYTHONPATH="$here" "$py" -m dbn "$@"; }
mkdir -p "$out" && cd "$out"
for scene in theremin lights; do
    dbn synth $scene -o $scene-train.mkv --seconds 90 --seed 1
    dbn synth $scene -o $scene-test.mkv --seconds 30 --seed 2
    for recipe in sight-harmonic context; do
        mkdir -p $scene-$recipe
        (cd $scene-$recipe && dbn pickle --recipe $recipe ../$scene-train.mkv \
            && for s in 0 1 2; do dbn train --recipe $recipe --seed $s -o brain-$s.pkl; done)
        dbn evaluate $scene-test.mkv --brain $scene-$recipe/brain-0.pkl \
            --brain $scene-$recipe/brain-1.pkl --brain $scene-$recipe/brain-2.pkl \
            --train $scene-train.mkv -o $scene-$recipe-report --force
    done
done
"$py" "$here/benchmarks/seed_tables.py" theremin-sight-harmonic-report theremin-context-report \
    lights-sight-harmonic-report lights-context-report > scenes.md
echo "tables: $out/scenes.md"
