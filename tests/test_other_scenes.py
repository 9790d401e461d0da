"""benchmarks/other_scenes.py: its videos, the same on every run."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "benchmarks"))
import other_scenes  # noqa: E402


def test_a_scene_and_seed_make_the_same_bytes_each_time(tmp_path):
    # x264's macroblock tree encoded these noisy pictures differently from run to run (30
    # of 300 frames of 10 s of the lights), so a README figure could not be made again
    paths = [tmp_path / f"lights-{k}.mp4" for k in range(2)]
    for path in paths:
        other_scenes.write(str(path), *other_scenes.lights(10, 21))
    assert paths[0].read_bytes() == paths[1].read_bytes()
