"""What the fuzz tests and benchmarks/fuzz.py share: the readers, their seeds, mutations.

- `READERS`: each reader of a user's file, as a function of a path, and the
  real files its mutations start from (`seeds`).
- `mutate`: one random mutation of some bytes (flips, deletions, insertions,
  truncations, and ones that know pickles, gzip and TOML).
- `run_one`: one input through one reader, judged: "accepted", "refused"
  (a DbnError, which the command line prints as one line), or a failure
  kind: "traceback" (any other exception), "stderr" (anything written to
  it), "slow" (over 2 s), "memory" (a peak over 10x the input's size plus
  `MEMORY_SLACK`), "executed" (the canary callable was reached).
"""
import gzip
import io
import os
import re
import sys
import tempfile
import time
import tracemalloc
import types
import warnings

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SLOW = 2.0  # seconds an input may take
MEMORY_SLACK = 8 << 20  # bytes any reader may use besides 10x its input (decoders' buffers)
CANARY = "dbn_fuzz_canary"
_fired = []


def _install_canary():
    """A module whose one callable records that it ran: no unpickler may reach it."""
    module = types.ModuleType(CANARY)
    module.fire = lambda *a, **k: _fired.append(a)
    sys.modules[CANARY] = module


_install_canary()


def _brain(path):
    from dbn import load_brain
    return load_brain(path)


def _data(path):
    from dbn.datafile import read_array
    return read_array(path)


def _dataset(path):
    from dbn.datafile import read_dataset
    folder = tempfile.mkdtemp(dir=os.path.dirname(path))
    os.replace(path, os.path.join(folder, "dataset.json"))
    try:
        return read_dataset(folder)
    finally:
        os.replace(os.path.join(folder, "dataset.json"), path)
        os.rmdir(folder)


def _recipe(path):
    from dbn.recipes import job
    toml = path + ".toml"
    os.replace(path, toml)
    try:
        return job(toml)
    finally:
        os.replace(toml, path)


def _wav(path):
    from dbn.media import read_wav
    return read_wav(path)


def _video(path):
    from dbn.features import video_batches
    from dbn.media import Video
    with Video(path) as video:  # what dbn pickle reads: every frame, then the audio
        return sum(len(b) for b in video_batches(video)), len(video.audio())


def _seed_files():
    """The real files each reader's mutations start from, made once in a temporary folder."""
    import legacy_pickles as lp
    from conftest import make_clip
    from dbn import Network
    from dbn.datafile import write_array, write_dataset
    from dbn.media import write_wav
    out = tempfile.mkdtemp(prefix="dbn-fuzz-seeds-")
    data = os.path.join(HERE, "data")
    native = os.path.join(out, "native.pkl")
    Network([16, 8, 4], seed=0).save(native)
    v05 = os.path.join(out, "v05.pkl")  # theanets 0.5's dict, which no fixture holds
    with open(v05, "wb") as f:
        f.write(lp.dumps(lp.v05_dict(lp.random_weights([16, 8, 4]), ["logistic", "linear"])))
    rng = np.random.default_rng(0)
    arrays = []
    for name, shape in (("frames.pkl", (6, 16)), ("audio.pkl", (6, 7)), ("stft.pkl", (4, 10))):
        arrays.append(os.path.join(out, name))
        write_array(arrays[-1], rng.random(shape).astype(np.float32))
    dataset = os.path.join(out, "dataset.json")
    write_dataset(dataset, {"variant": "mel", "fps_correct": True,
                            "files": ["frames.pkl", "mel.pkl"],
                            "videos": [{"video": "a.mkv", "fps": 25.0, "frames": 6, "rows": 6,
                                        "start": 0}]})
    wav = os.path.join(out, "out.wav")
    write_wav(wav, np.sin(np.arange(2000) / 7.0) * 0.5, 22050)
    clip = os.path.join(out, "clip.mkv")
    make_clip(clip, seconds=0.5, fps=10, size=(32, 24), sample_rate=8000)
    return {
        "brain": [os.path.join(data, f) for f in sorted(os.listdir(data))
                  if f.endswith((".pkl", ".pkl.gz"))] + [native, v05],
        "data": arrays, "dataset": [dataset],
        "recipe": [os.path.join(ROOT, "brains", f) for f in ("context.toml", "lines.toml",
                                                             "theanet.toml")],
        "wav": [wav], "video": [clip, os.path.join(data, "two-streams.mkv"),
                                os.path.join(ROOT, "dbn", "data", "grid_brbk7n.mpg")],
    }


READERS = {"brain": _brain, "data": _data, "dataset": _dataset, "recipe": _recipe,
           "wav": _wav, "video": _video}
_SEEDS = {}


def seeds(reader):
    """list of bytes: the real files a reader's mutations start from."""
    if not _SEEDS:
        for name, paths in _seed_files().items():
            _SEEDS[name] = [open(p, "rb").read() for p in paths]
    return _SEEDS[reader]


# -- mutations

_PICKLE_GLOBALS = re.compile(rb"c[A-Za-z0-9_.]+\n[A-Za-z0-9_]+\n")
_TOML_VALUE = re.compile(rb"= *([^\n#]+)")


def _bytes_level(data, rng):
    data = bytearray(data)
    kind = rng.integers(4)
    at = int(rng.integers(len(data) + 1))
    if kind == 0 and data:  # flips
        for _ in range(int(rng.integers(1, 9))):
            data[int(rng.integers(len(data)))] ^= 1 << int(rng.integers(8))
    elif kind == 1:  # a deletion
        del data[at:at + int(rng.integers(1, 64))]
    elif kind == 2:  # an insertion
        data[at:at] = rng.integers(0, 256, int(rng.integers(1, 64)), dtype=np.uint8).tobytes()
    else:  # a truncation
        del data[at:]
    return bytes(data)


def _pickle_aware(data, rng):
    """Globals pointed at the canary, lengths and shapes enlarged, the protocol bumped."""
    kind = rng.integers(4)
    if kind == 0 and _PICKLE_GLOBALS.search(data):
        hits = list(_PICKLE_GLOBALS.finditer(data))
        m = hits[int(rng.integers(len(hits)))]
        return data[:m.start()] + f"c{CANARY}\nfire\n".encode() + data[m.end():]
    if kind == 1:  # a 4-byte length (BINUNICODE, BINBYTES, BINSTRING) made huge
        spots = [m.start() for m in re.finditer(rb"[XBT]", data)]
        if spots:
            at = spots[int(rng.integers(len(spots)))] + 1
            return data[:at] + b"\xff\xff\xff\x7f" + data[at + 4:]
    if kind == 2:  # a small int (a shape, a memo index) enlarged
        spots = [m.start() for m in re.finditer(rb"[Kqh]", data)]
        if spots:
            at = spots[int(rng.integers(len(spots)))] + 1
            return data[:at] + bytes([255]) + data[at + 1:]
    if data[:1] == b"\x80" and len(data) > 1:
        return b"\x80" + bytes([int(rng.integers(0, 256))]) + data[2:]
    return _bytes_level(data, rng)


def _gzip_aware(data, rng):
    """The member damaged after its header, so that decompression, not the magic, fails."""
    try:
        raw = gzip.decompress(data)
    except (OSError, EOFError, gzip.zlib.error):  # already damaged by an earlier round
        return _bytes_level(data, rng)
    packed = bytearray(gzip.compress(_pickle_aware(raw, rng) if rng.random() < 0.3 else raw))
    for _ in range(int(rng.integers(1, 4))):
        at = int(rng.integers(10, max(len(packed) - 8, 11)))
        packed[at % len(packed)] ^= 1 << int(rng.integers(8))
    return bytes(packed)


def _toml_aware(data, rng):
    """A value replaced by one of the wrong type."""
    hits = list(_TOML_VALUE.finditer(data))
    if not hits:
        return _bytes_level(data, rng)
    m = hits[int(rng.integers(len(hits)))]
    wrong = [b'"text"', b"-1", b"1e999", b"[1, [2]]", b"true", b"{a = 1}", b"nan", b"0",
             b"99999999999999999999"]
    return data[:m.start(1)] + wrong[int(rng.integers(len(wrong)))] + data[m.end(1):]


def mutate(data, rng, reader):
    """One mutated copy of ``data`` (bytes) for ``reader``, by numpy Generator ``rng``."""
    if reader in ("brain", "data") and rng.random() < 0.4:
        if data[:2] == b"\x1f\x8b":
            return _gzip_aware(data, rng)
        return _pickle_aware(data, rng)
    if reader == "recipe" and rng.random() < 0.5:
        return _toml_aware(data, rng)
    return _bytes_level(data, rng)


# -- judging one input

def run_one(reader, data, folder):
    """One input through a reader: "accepted", "refused", or the failure's kind.

    Parameters
    ----------
    reader : str
        a key of `READERS`.
    data : bytes
    folder : str
        where the input is written (one file, removed after).

    Returns
    -------
    verdict : str
    detail : str
        the exception, for failures.
    """
    from dbn.errors import DbnError
    path = os.path.join(folder, "input" + {"video": ".mkv", "wav": ".wav"}.get(reader, ".pkl"))
    with open(path, "wb") as f:
        f.write(data)
    del _fired[:]
    err = tempfile.TemporaryFile()
    saved = os.dup(2)
    os.dup2(err.fileno(), 2)
    stderr, sys.stderr = sys.stderr, io.TextIOWrapper(os.fdopen(os.dup(2), "wb"))
    tracemalloc.start()
    start = time.perf_counter()
    verdict, detail = "accepted", ""
    caught = warnings.catch_warnings(record=True)  # a MediaWarning is the CLI's stdout line
    caught.__enter__()
    try:
        READERS[reader](path)
    except DbnError:
        verdict = "refused"
    except Exception as e:  # noqa: BLE001 (what the fuzzer looks for)
        verdict, detail = "traceback", f"{type(e).__name__}: {e}"[:300]
    finally:
        caught.__exit__(None, None, None)
        took = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        sys.stderr.flush()
        sys.stderr = stderr
        os.dup2(saved, 2)
        os.close(saved)
        err.seek(0)
        noise = err.read().decode("utf-8", "replace")
        os.unlink(path)
    if _fired:
        return "executed", repr(_fired[0])[:300]
    if verdict == "traceback":
        return verdict, detail
    if noise.strip():
        return "stderr", noise.strip()[:300]
    if took > SLOW:
        return "slow", f"{took:.1f} s"
    if peak > 10 * len(data) + MEMORY_SLACK:
        return "memory", f"{peak} bytes for {len(data)}"
    return verdict, ""
