"""dbn live on a paced 30 fps file: dropped frames and latency, against the frame period.

    python benchmarks/bench_live.py [SECONDS]

Plays a generated 640x360 30 fps clip at its frame rate (the real clock)
through two brains into a sink that discards the samples, and prints
frames in, frames dropped, and the mean and worst latency from a frame's
arrival to its samples being queued, each also as a fraction of the frame
period measured in the same run (goals: no drops, worst < 50 ms, mean <
20 ms on the 2-core CI-class machine):
- 2015's largest common shape, 4096-1000-1000-1000-735, in raw mode;
- the context recipe's shape (brains/context.toml: +-4 frames of pixels and
  differences, harmonic-noise rows) in its own mode, harmonic, which also
  waits 4 frames for its window.
"""
import os
import sys
import tempfile

from common import long_clip

from dbn import Network
from dbn.brain import BrainRecord, TargetRecord
from dbn.context import Context
from dbn.live import FileSource, play
from dbn.recipes import job
from dbn.rendering import make_plan
from dbn.targets import target_of


class Discard:
    def write(self, blocks):
        pass


def context_brain():
    recipe = job("context")
    context = Context.of(recipe.network, target_of(data=recipe.data).width)
    net = Network(recipe.network.layers, seed=0)
    net.meta = BrainRecord(context=context, target=TargetRecord(recipe.data.variant,
                                                                fps_correct=True, fps=[30.0]))
    return net, context, recipe.render.modes[0]


def main(seconds):
    clip = long_clip(os.path.join(tempfile.gettempdir(), f"dbn-bench-live-{seconds}s.mkv"),
                     seconds)
    period = 1000 / 30
    net, context, own = context_brain()
    for name, brain, mode in (("4096-1000-1000-1000-735", Network([4096, 1000, 1000, 1000, 735],
                                                                   seed=0), "raw"),
                              ("context recipe", net, own)):
        source = FileSource(clip)
        stats = play(brain, source, Discard(), make_plan(brain, mode, video_fps=source.fps))
        lat = [1000 * x for x in stats.latencies]
        mean, worst = sum(lat) / len(lat), max(lat)
        print(f"{name} ({mode}): {stats.frames} frames in, {stats.dropped} dropped; latency "
              f"mean {mean:.1f} ms ({mean / period:.2f} of a frame), worst {worst:.1f} ms "
              f"({worst / period:.2f}); goals: 0 dropped, mean < 20 ms, worst < 50 ms"
              + (f"; plus {context.latency} frames of look-ahead" if brain is net else ""),
              flush=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
