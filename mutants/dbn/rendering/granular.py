"""Granular synthesis: out-2-csound.py's score and grain.orc's instrument.

- `Grain`: one score event.
- `make_score`: out.wav's length -> the 2015 grain score (Python's random).
- `score_text` / `ORCHESTRA`: grain.sco and grain.orc for Csound.
- `synthesize`: the instrument in numpy: score + out.wav -> 44100 Hz audio.
- `write_csound_files`, `run_csound`: the same through a real ``csound``.
"""
import contextlib
import dataclasses
import os
import shutil
import subprocess

import numpy as np

from ..atomic import atomic_write
from ..errors import MediaError
from ..features import RATE as SCORE_RATE
from ..features import ROW as BLOCK
SR, KSMPS, ZERO_DBFS = 44100, 16, 4
TABLE_SPEED = 0.5  # table-lengths per second


@dataclasses.dataclass
class Grain:
    """One ``i"grain"`` line: times in samples at 22050 Hz."""

    start: int
    length: int
    amp: float
    block: int
    child: int = -1  # index i of a child grain; -1 for a parent


def make_score(n_frames, rng):
    """The grain score out-2-csound.py wrote for a file of ``n_frames`` samples.

    For each 735-sample block starting at c: n = int(1 + 19u) parents;
    parent j starts at c + int(-735 + u * 735 * (j + 2)), lasts 735, amp 1.0,
    and draws int(1 + 19u) children; child i is made while the running
    duration (from 735) is above 100: it starts int(u * 735 * 22) after its
    parent, lasts int(running * (0.25 + 0.74u)) (the new running duration),
    amp 1 / (i + 1).

    Parameters
    ----------
    n_frames : int
        samples in out.wav.
    rng : random.Random
        Python's generator, drawn in 2015's order.

    Returns
    -------
    grains : list of Grain
    """
    grains = []
    for c in range(0, n_frames, BLOCK):
        for j in range(int(1 + 19 * rng.random())):
            start = c + int(-BLOCK + rng.random() * BLOCK * (j + 2))
            grains.append(Grain(start, BLOCK, 1.0, c))  # 2015's literal 1.0
            running = BLOCK
            for i in range(int(1 + 19 * rng.random())):
                if running <= 100:
                    break
                child_start = start + int(rng.random() * BLOCK * 22)
                running = int(running * (0.25 + 0.74 * rng.random()))
                grains.append(Grain(child_start, running, 1.0 / (i + 1), c, i))
    return grains


def py2str(x):
    """A number as Python 2's ``str()`` printed it (12 significant digits)."""
    if isinstance(x, (int, np.integer)):
        return str(int(x))
    text = "%.12g" % x
    return text if any(ch in text for ch in ".ein") else text + ".0"


def score_text(grains, n_frames, wav_name="out.wav"):
    """grain.sco: the GEN01 table line, then one line per grain.

    Parameters
    ----------
    grains : list of Grain
    n_frames : int
        samples in the source file (the table size).
    wav_name : str

    Returns
    -------
    text : str
    """
    lines = [f'f 101 0 {n_frames} 1 "{wav_name}" 0 4 1']
    for g in grains:
        if g.child >= 0:
            lines.append(f"; {g.child} child")
        lines.append(" ".join(['i"grain"', py2str(g.start / SCORE_RATE),
                               py2str(g.length / SCORE_RATE), py2str(g.amp), str(g.block),
                               str(g.length), py2str(g.block / n_frames)]))
    return "\n".join(lines) + "\n"


ORCHESTRA = f"""sr = {SR}
ksmps = {KSMPS}
nchnls = 1
0dbfs = {ZERO_DBFS}

; table 1: a 1024-point Bartlett window (GEN20, type 3)
gibartlett ftgen 1, 0, 1024, 20, 3

instr grain
  aenv oscili p4, 1/p3, 1
  atab poscil p4, {TABLE_SPEED}, 101, p7
  out aenv * atab
endin
"""


def synthesize(grains, table):
    """Render a grain score in numpy, as grain.orc under Csound.

    Each grain sounds for int(dur * kr) control periods of 16 samples
    from control period round(start * kr): a Bartlett envelope read once
    over its duration, times amp, times the table (the source normalised
    to peak 1) read with linear interpolation at 0.5 table-lengths per
    second from the grain's phase, times amp again; the sum is divided by
    0dbfs = 4.

    Parameters
    ----------
    grains : list of Grain
    table : np.ndarray [shape=(n_frames,)]
        the source samples (out.wav).

    Returns
    -------
    samples : np.ndarray [shape=(n,), dtype=float64]
        44100 Hz, as long as the last grain. Grains that start before 0
        are silent: Csound sorts them before table 101 exists and deletes
        them.
    """
    grains = [g for g in grains if g.start >= 0]
    table = np.asarray(table, np.float64)
    peak = np.abs(table).max(initial=0.0)
    table = table / peak if peak > 0 else table
    size = len(table)
    kr = SR / KSMPS
    starts = np.array([int(g.start / SCORE_RATE * kr + 0.5) * KSMPS for g in grains])
    lengths = np.array([max(int(g.length / SCORE_RATE * kr), 1) * KSMPS
                        for g in grains])
    amps = np.array([g.amp for g in grains], np.float64)
    phases = np.array([g.block / size for g in grains])
    durs = np.array([g.length / SCORE_RATE for g in grains])
    end = int((starts + lengths).max(initial=0))
    out = np.zeros(max(end, 0))
    wrapped = np.append(table, table[0])  # linear interpolation across the wrap
    for lo in range(0, len(grains), 2048):
        sl = slice(lo, lo + 2048)
        n = lengths[sl]
        which = np.repeat(np.arange(len(n)), n)
        k = np.arange(n.sum()) - np.repeat(np.cumsum(n) - n, n)  # sample within grain
        env = 1 - np.abs(2 * np.minimum(k / (durs[sl] * SR)[which], 1.0) - 1)
        pos = np.mod(phases[sl][which] * size + (TABLE_SPEED * size / SR) * k, size)
        tab = np.interp(pos, np.arange(size + 1), wrapped)
        where = starts[sl][which] + k
        lo_at = int(where.min())  # grains come in score order: each chunk spans little
        summed = np.bincount(where - lo_at, (amps[sl] ** 2)[which] * env * tab)
        out[lo_at:lo_at + len(summed)] += summed
    return out / ZERO_DBFS


def write_csound_files(folder, score):
    """Write grain.orc and grain.sco into ``folder`` (atomically); return their paths."""
    paths = []
    for name, text in (("grain.orc", ORCHESTRA), ("grain.sco", score)):
        paths.append(os.path.join(folder, name))
        with atomic_write(paths[-1]) as f:
            f.write(text.encode())
    return paths


def run_csound(folder, output="output.wav"):
    """Run Csound on grain.orc and grain.sco in ``folder``.

    Parameters
    ----------
    folder : str
        holds grain.orc, grain.sco and the wav the score's table reads.
    output : str
        file name of the 16-bit 44100 Hz wav to write there.

    Returns
    -------
    path : str
    """
    if shutil.which("csound") is None:
        raise MediaError("csound is not on PATH")
    path = os.path.join(folder, output)
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)
    # Csound exits non-zero after the notes it deletes (those before time 0),
    # as it did in 2015, so success is judged by the file it writes.
    done = subprocess.run(["csound", "-d", "-m0", "-W", "-o", output, "grain.orc",
                           "grain.sco"], cwd=folder, capture_output=True, text=True)
    if not os.path.exists(path) or os.path.getsize(path) <= 44:
        raise MediaError(f"csound wrote no sound: {done.stderr.strip().splitlines()[-1:]}")
    return path
