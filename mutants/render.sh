#!/bin/sh
# 2015's step three: ./render.sh VIDEO [SUFFIX]
# Renders VIDEO through ./theanet.py.net.pkl (or $BRAIN) and writes, in the
# current folder, VIDEO-deeplearn<SUFFIX>.mkv (the brain's own render mode:
# raw for every 2015 brain; or $MODE) and VIDEO-granular-deeplearn<SUFFIX>.mkv
# (the granular stage on out.wav), where VIDEO is the video's file name with
# its extension.
set -e
if [ $# -lt 1 ] || [ $# -gt 2 ]; then
    echo "usage: ./render.sh VIDEO [SUFFIX]" >&2
    exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
if [ -z "$PYTHON" ]; then
    if [ -x "$here/.venv/bin/python" ]; then PYTHON="$here/.venv/bin/python"; else PYTHON=python3; fi
fi
dbn() { PYTHONPATH="$here${PYTHONPATH:+:$PYTHONPATH}" "$PYTHON" -m dbn "$@"; }

video=$1
suffix=${2:-}
brain=${BRAIN:-theanet.py.net.pkl}
name=$(basename "$video")
if [ ! -f "$video" ]; then echo "render.sh: error: no such video: $video" >&2; exit 1; fi
if [ ! -f "$brain" ]; then echo "render.sh: error: no such brain: $brain (train one, or set BRAIN)" >&2; exit 1; fi

dbn render "$video" --brain "$brain" ${MODE:+--mode "$MODE"} -o out.wav ${SEED:+--seed "$SEED"}
dbn mux "$video" out.wav -o "$name-deeplearn$suffix.mkv"
if [ -n "${MODE:-}" ]; then
    # the granular stage reads the brain's own render (raw for a 2015 brain), as in 2015
    dbn render "$video" --brain "$brain" -o out.wav
fi
dbn granular out.wav -o output.wav ${SEED:+--seed "$SEED"}
dbn mux "$video" output.wav -o "$name-granular-deeplearn$suffix.mkv"
