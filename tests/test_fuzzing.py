"""Every reader of a user's file under damaged copies of real ones (tests/fuzzing.py).

A seeded, bounded share of benchmarks/fuzz.py's campaign on every run: each input
ends in success or one DbnError (the command line's one line), with nothing on
stderr, within 2 s and 10x its size in memory, and no global outside the allowlist
ever called.
"""
import gzip
import os

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import fuzzing

EXAMPLES = {"brain": 600, "data": 400, "dataset": 200, "recipe": 400, "wav": 200, "video": 150}


@pytest.mark.parametrize("reader", list(fuzzing.READERS))
def test_damaged_copies_load_or_fail_in_one_line(reader, tmp_path_factory):
    folder = str(tmp_path_factory.mktemp(reader))
    originals = fuzzing.seeds(reader)

    @settings(max_examples=EXAMPLES[reader], deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    @given(st.integers(0, len(originals) - 1), st.integers(0, 2 ** 32 - 1),
           st.integers(1, 3))
    def check(which, seed, rounds):
        data, rng = originals[which], np.random.default_rng(seed)
        for _ in range(rounds):
            data = fuzzing.mutate(data, rng, reader)
        verdict, detail = fuzzing.run_one(reader, data, folder)
        assert verdict in ("accepted", "refused"), (verdict, detail)

    check()


def test_the_canary_is_refused_not_called(tmp_path):
    # a pickle whose global is the canary: the allowlist refuses it before anything runs
    data = f"c{fuzzing.CANARY}\nfire\n(tR.".encode()
    assert fuzzing.run_one("brain", data, str(tmp_path))[0] == "refused"


def test_a_damaged_gzip_is_read_in_pieces(tmp_path):
    # found by the campaign: GzipFile.read(4 GiB) allocated its whole cap up front
    original = fuzzing.seeds("brain")[[s[:2] for s in fuzzing.seeds("brain")].index(b"\x1f\x8b")]
    damaged = bytearray(gzip.compress(gzip.decompress(original)))
    damaged[-6] ^= 0xFF  # the CRC: everything decompresses, then the check fails
    assert fuzzing.run_one("brain", bytes(damaged), str(tmp_path)) == ("refused", "")


def test_a_dtype_whose_state_says_it_holds_objects_is_refused(tmp_path):
    # found by the campaign: numpy trusted a dtype's flags and printed its internal
    # error (get_clear_loop not set) to stderr when the array was freed
    import pickle
    data = pickle.dumps(np.arange(4, dtype=np.float32).reshape(2, 2), protocol=0)
    plain = b"I-1\nI-1\nI0\n"  # the dtype state's last fields: ..., -1, -1, flags 0
    assert data.count(plain) == 1
    assert fuzzing.run_one("data", data, str(tmp_path))[0] == "accepted"
    verdict, _ = fuzzing.run_one("data", data.replace(plain, b"I-1\nI-1\nI1\n"), str(tmp_path))
    assert verdict == "refused"


@pytest.mark.parametrize("text", [b"name = \"\xff\"\n", b"[render]\nmodes = [[\"raw\"]]\n"])
def test_recipes_that_are_not_utf8_or_name_a_list_as_a_mode(tmp_path, text):
    # found by the campaign: UnicodeDecodeError and TypeError (unhashable list)
    assert fuzzing.run_one("recipe", text, str(tmp_path)) == ("refused", "")


FOUND = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "fuzz")


@pytest.mark.parametrize("reader,name", [(r, n) for r in sorted(os.listdir(FOUND))
                                         for n in sorted(os.listdir(os.path.join(FOUND, r)))])
def test_what_the_campaign_found_stays_fixed(reader, name, tmp_path):
    # benchmarks/fuzz.py's failing inputs, kept: a native brain whose layer lost a key
    # raised KeyError; a sound file that libsndfile takes for MPEG made mpg123 print a
    # warning of its own on stderr; videos whose tags are not UTF-8 (UnicodeDecodeError
    # from PyAV) or whose stream names no codec (AttributeError); an MPEG clip whose
    # damaged audio changes its format mid-stream (PyAV's resampler: ValueError)
    with open(os.path.join(FOUND, reader, name), "rb") as f:
        assert fuzzing.run_one(reader, f.read(), str(tmp_path))[0] in ("accepted", "refused")
