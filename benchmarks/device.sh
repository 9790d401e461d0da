#!/bin/sh
# Issue 19's GPU and many-core figures on a lent GPU machine, in one call (not run by CI).
#
#   sh benchmarks/device.sh wheels   here, where pip works: the packages dbn needs beyond
#                                    that machine's image (Python 3.12, numpy, scipy, JAX
#                                    with CUDA, PyTorch, OpenCV), as wheels in .whl/ (git
#                                    ignores it; about 40 MB, the tree 5 MB more)
#   sh benchmarks/device.sh run      there: the device tool's run with carry [".whl"]
#
# `run` installs the wheels into /tmp/site, writes the machine's facts, then, each under
# its own time limit so that the whole stays within one call's 10 minutes: the context
# recipe on that machine's CPU (empty compile folder, then warm) and on its GPU
# (bench_context.py), then bench_train.py --device gpu (the one-step and multi-step
# paths against PyTorch CUDA and the GPU roofline, CD-1, KUNGFURY's epoch). Each
# benchmark's output goes to $OUT (the device tool brings it back) and to the terminal.
set -e
cd "$(dirname "$0")/.."
case "$1" in
wheels)
    mkdir -p .whl
    for p in manylinux_2_28_x86_64 manylinux_2_27_x86_64 manylinux_2_17_x86_64 \
             manylinux2014_x86_64 manylinux1_x86_64 any; do set -- "$@" --platform "$p"; done
    shift  # "wheels"
    # pinned to what the suite runs here (.venv); their own needs that the image lacks too
    python3 -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 \
        --implementation cp "$@" -d .whl \
        pytensor==3.0.7 etuples==0.3.10 logical-unification==0.4.7 cons==0.4.7 \
        miniKanren==1.0.5 av==18.1.0 soundfile==0.14.0 soxr==1.1.0 audioread==3.1.0 \
        pooch==1.9.0 librosa==0.11.0 pystoi==0.4.1 mir_eval==0.8.2 cffi==2.1.1 \
        pycparser==3.12 decorator==5.3.1 platformdirs==4.14.9
    du -sh .whl
    ;;
run)
    python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade \
        --target /tmp/site .whl/*.whl
    export PYTHONPATH="/tmp/site:$PWD" PYTHONUNBUFFERED=1
    out="${OUT:-device-out}"
    mkdir -p "$out"
    {
        date -u
        nvidia-smi -L || true
        echo "CPUs: $(nproc)"
        python3 -c "import sys, numpy, pytensor, jax, torch; print('Python', \
sys.version.split()[0], 'numpy', numpy.__version__, 'PyTensor', pytensor.__version__, 'JAX', \
jax.__version__, jax.devices(), 'PyTorch', torch.__version__)"
    } 2>&1 | tee "$out/machine.txt"
    set +e
    timeout 150 python3 benchmarks/bench_context.py --device cpu 2>&1 | tee "$out/context-cpu.txt"
    timeout 150 python3 benchmarks/bench_context.py --device gpu 2>&1 | tee "$out/context-gpu.txt"
    timeout 270 python3 benchmarks/bench_train.py --device gpu 2>&1 | tee "$out/train-gpu.txt"
    ;;
*)
    echo "usage: sh benchmarks/device.sh wheels|run" >&2
    exit 2
    ;;
esac
