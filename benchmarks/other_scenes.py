"""The theremin and the lights made unlike `dbn synth` makes them (not a speed benchmark).

    python benchmarks/other_scenes.py [--work DIR] [--seeds 3] [--recipe context]
                                      [--scenes theremin lights]

`dbn synth`'s scenes are clean: a white disc on black in the middle of the
picture, grey lamps in a row. The goals are to hold on videos of these kinds
that the brains' makers have not seen, so this script makes each scene
another way, as a camera might see it: 320x240 colour at 30 fps (H.264 and
AAC in an .mp4), a textured wall and camera noise (sd 4 grey levels).

- theremin: an orange disc whose height sets the pitch (196 to 784 Hz,
  196 * 4 ** height), with its 2nd and 3rd harmonics at half and a quarter
  of its amplitude; it drifts sideways, leaves the picture at times (then
  silence), and a grey square that has nothing to do with the sound wanders
  about the picture.
- lights: four lamps of four colours in a 2x2 square, the lit one bright;
  lamp k plays A3, C#4, E4 or A4 with its octave, none lit plays nothing; a
  shadow passes across the picture.

Each is trained with `brains/context.toml` (or ``--recipe``) on 90 s of one
seed, one brain per training seed (0 .. seeds-1), and scored by `dbn evaluate --rotate --seeds 3`
on 30 s of another; writes DIR/other.md (`quality_tables.py`) and the reports.
About 40 minutes on two cores.
"""
import argparse
import os
import subprocess
import sys

import cv2
import numpy as np

import common
from dbn.synth import mux_audio
from grid_seeds import dbn

FPS, RATE, WIDTH, HEIGHT = 30, 22050, 320, 240
NOTES = (220.0, 277.18, 329.63, 440.0)  # Hz: the lamps, A3 C#4 E4 A4
SEEDS = {"theremin": (11, 12), "lights": (21, 22)}  # training, scored


def _walk(rng, seconds, step_s):
    """Per frame, a value in [0, 1] gliding between random levels every ``step_s`` s."""
    knots = np.arange(0, seconds + step_s, step_s)
    return np.interp(np.arange(int(seconds * FPS)) / FPS, knots, rng.uniform(0, 1, len(knots)))


def _gates(rng, n, seconds):
    """Per frame, whether the disc is there: it leaves for 0.3-1.5 s every 1-3 s."""
    present, t = np.ones(n, bool), rng.uniform(1, 3)
    while t < seconds:
        gone = rng.uniform(0.3, 1.5)
        present[int(t * FPS):int((t + gone) * FPS)] = False
        t += gone + rng.uniform(1, 3)
    return present


def _per_sample(values):
    """Each audio sample's frame's value (frame i plays samples i * 735 .. )."""
    n = len(values) * RATE // FPS
    return values[np.minimum(np.arange(n) * FPS // RATE, len(values) - 1)]


def _fade(gate):
    """A 0/1 gate per sample with 5 ms fades."""
    return np.convolve(gate.astype(np.float64), np.ones(110) / 110, "same")


def theremin_score(seconds, seed):
    """What the theremin does, frame by frame (the right answer; `theremin` plays it).

    Returns
    -------
    rng : np.random.Generator
        the seed's stream, past the score's draws (the pictures' noise comes next).
    height, drift, square_x, square_y : np.ndarray [shape=(n,), dtype=float64]
        in [0, 1]: the disc's height (pitch 196 * 4 ** height Hz) and sideways place,
        and the grey square's place.
    present : np.ndarray [shape=(n,), dtype=bool]
        whether the disc is there (and the tone sounds).
    """
    rng = np.random.default_rng(seed)
    n = int(seconds * FPS)
    knots = np.cumsum(rng.uniform(0.4, 1.8, int(seconds) + 2)) - 0.4
    height = np.interp(np.arange(n) / FPS, knots, rng.uniform(0, 1, len(knots)))
    drift, square_x, square_y = (_walk(rng, seconds, s) for s in (1.3, 0.7, 0.9))
    return rng, height, drift, square_x, square_y, _gates(rng, n, seconds)


def theremin(seconds, seed):
    """The pictures (a generator of uint8 [240, 320, 3]) and the audio (float64, 22050 Hz)."""
    rng, height, drift, square_x, square_y, present = theremin_score(seconds, seed)
    n = len(height)
    f = np.interp(np.arange(n * RATE // FPS) * FPS / RATE - 0.5, np.arange(n),
                  196.0 * 4 ** height)  # the pitch glides between frame centres
    phase = 2 * np.pi * np.cumsum(f) / RATE
    audio = 0.35 * _fade(_per_sample(present)) * (np.sin(phase) + 0.5 * np.sin(2 * phase)
                                                  + 0.25 * np.sin(3 * phase))

    def pictures():
        wall = _wall()
        for i in range(n):
            img = wall + rng.normal(0, 4, wall.shape)
            x, y = int(20 + square_x[i] * 260), int(20 + square_y[i] * 180)
            cv2.rectangle(img, (x, y), (x + 20, y + 20), (200, 200, 200), -1)
            if present[i]:
                centre = (int(90 + drift[i] * 140), int(HEIGHT - 25 - height[i] * (HEIGHT - 50)))
                cv2.circle(img, centre, 18, (255, 140, 0), -1)
            yield img
    return pictures(), audio


def lights(seconds, seed):
    """The pictures and the audio of the lights (see `theremin`)."""
    rng = np.random.default_rng(seed)
    n, lit, i = int(seconds * FPS), np.full(int(seconds * FPS), -1), 0
    while i < n:
        span = int(rng.uniform(0.3, 1.2) * FPS) + 1
        lit[i:i + span] = -1 if rng.random() < 0.25 else int(rng.integers(len(NOTES)))
        i += span
    shadow = _walk(rng, seconds, 1.0)
    t = np.arange(n * RATE // FPS) / RATE
    audio = sum(0.3 * _fade(_per_sample(lit == k)) * (np.sin(2 * np.pi * f * t)
                                                     + 0.4 * np.sin(4 * np.pi * f * t))
                for k, f in enumerate(NOTES))
    colours = ((255, 60, 60), (60, 255, 60), (80, 80, 255), (255, 255, 80))
    places = ((110, 70), (210, 70), (110, 160), (210, 160))

    def pictures():
        yy, xx = np.mgrid[:HEIGHT, :WIDTH]
        wall = np.stack([60 + 40 * yy / HEIGHT, 70 + 30 * xx / WIDTH, 90 + 0 * xx], -1)
        for i in range(n):
            img = wall + rng.normal(0, 5, wall.shape)
            for k, (place, colour) in enumerate(zip(places, colours)):
                cv2.circle(img, place, 22, colour if k == lit[i] else
                           tuple(0.35 * np.array(colour)), -1)
            x = int(shadow[i] * 300) - 40
            img[:, max(x, 0):max(x + 60, 0)] *= 0.6
            yield img
    return pictures(), audio


def _wall():
    """A blotchy coloured wall with a left-to-right gradient (the same in every video)."""
    blotches = np.random.default_rng(99).normal(0, 1, (HEIGHT // 8, WIDTH // 8, 3))
    wall = cv2.resize(blotches, (WIDTH, HEIGHT), interpolation=cv2.INTER_CUBIC)
    return np.clip(110 + 35 * wall + np.linspace(-30, 30, WIDTH)[None, :, None], 0, 255)


def write(path, pictures, audio):
    """H.264 video and AAC audio in an .mp4 (PyAV)."""
    import av

    pcm = (np.clip(audio, -1, 1) * 32767).astype(np.int16)
    with av.open(path, "w") as out:
        # without the macroblock tree, x264 encodes the same pictures the same way each run
        video = out.add_stream("libx264", rate=FPS, options={"x264-params": "mbtree=0"})
        video.width, video.height, video.pix_fmt = WIDTH, HEIGHT, "yuv420p"
        sound = out.add_stream("aac", rate=RATE, layout="mono")
        for i, img in enumerate(pictures):
            frame = av.VideoFrame.from_ndarray(np.clip(img, 0, 255).astype(np.uint8),
                                               format="rgb24")
            frame.pts = i
            out.mux(video.encode(frame.reformat(format="yuv420p")))
        out.mux(video.encode(None))
        mux_audio(out, sound, pcm, RATE)


SCENES = {"theremin": theremin, "lights": lights}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", default="other-scenes")
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--recipe", default="context")
    parser.add_argument("--scenes", nargs="+", choices=tuple(SCENES), default=tuple(SCENES))
    args = parser.parse_args()
    work, recipe = os.path.abspath(args.work), args.recipe
    reports = []
    for name in args.scenes:
        folder = os.path.join(work, name)
        os.makedirs(os.path.join(folder, recipe), exist_ok=True)
        train, test = (os.path.join(work, f"{name}-{part}.mp4") for part in ("train", "test"))
        for path, seconds, seed in ((train, 90, SEEDS[name][0]), (test, 30, SEEDS[name][1])):
            write(path, *SCENES[name](seconds, seed))
        dbn("pickle", "--recipe", recipe, train, cwd=os.path.join(folder, recipe))
        brains = []
        for seed in range(args.seeds):
            brains += ["--brain", os.path.join(folder, f"{recipe}-{seed}.pkl")]
            dbn("train", "--recipe", recipe, "--seed", str(seed), "-o", brains[-1],
                cwd=os.path.join(folder, recipe))
        reports.append(os.path.join(work, f"{name}-report"))
        dbn("evaluate", test, *brains, "--train", train, "--rotate", "--seeds", "3", "-o",
            reports[-1], "--force", cwd=work)
    tables = subprocess.run([sys.executable, os.path.join(common.ROOT, "benchmarks",
                                                           "quality_tables.py"), *reports],
                            check=True, capture_output=True, text=True).stdout
    with open(os.path.join(work, "other.md"), "w") as f:
        f.write(tables)
    print(tables + f"tables: {os.path.join(work, 'other.md')}")


if __name__ == "__main__":
    main()
