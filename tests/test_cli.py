"""The command line as users run it: the 2015 scripts, dbn subcommands, bad input."""
import os
import shutil

import av
import numpy as np
import pytest

import test_features
import test_safepickle
from conftest import make_clip, make_empty_video, one_line_error, run_cli
from dbn import Network
from dbn.datafile import read_array, write_array
from dbn.media import read_audio


def test_pickler_py_as_in_2015(clip, tmp_path):
    r = run_cli("pickler.py", os.path.basename(clip), cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "75 frames" in r.stdout and "25.000 fps" in r.stdout and "rows" in r.stdout
    frames, audio = read_array(tmp_path / "frames.pkl"), read_array(tmp_path / "audio.pkl")
    assert frames.shape == (75, 4096) and frames.dtype == np.float32
    assert audio.shape[1] == 735 and audio.dtype == np.float32
    assert 0 <= audio.min() and audio.max() < 1


def test_pickler_default_is_vtest_avi(tmp_path):
    line = one_line_error(run_cli("pickler.py", cwd=tmp_path))
    assert "vtest.avi: no such file" in line


@pytest.mark.parametrize("variant,files,width", [
    ("stft", ("frames.pkl", "stft.pkl"), 513), ("stft-mag", ("frames.pkl", "stft.pkl"), 1025),
    ("fft2", ("fft-frames.pkl", "stft.pkl"), 2050)])
def test_pickle_variants(tone_clip, tmp_path, variant, files, width):
    r = run_cli("pickle", tone_clip, "--variant", variant, "-o", str(tmp_path))
    assert r.returncode == 0, r.stderr
    target = read_array(tmp_path / files[1])
    assert target.dtype == np.float64 and target.shape[1] == width
    assert read_array(tmp_path / files[0]).shape == (30, 4096)


@pytest.mark.parametrize("variant", ["stft-real", "stft-mag", "stft-both"])
def test_spectral_pickle_of_the_bundled_clip_is_2015s(clip, tmp_path, variant):
    # 2.98 s at 30720 Hz = 90 rows: 2015's last window was 1069 samples long
    r = run_cli("pickle", clip, "--variant", variant, "-o", str(tmp_path))
    assert r.returncode == 0, r.stderr
    target = read_array(tmp_path / "stft.pkl")
    expect = test_features._direct(read_audio(clip, 30720), variant)
    assert target.shape == expect.shape == (90, 2050 if variant == "stft-both" else 1025)
    np.testing.assert_allclose(target, expect, atol=1e-12)


def test_fps_correct_gives_one_row_per_frame(tmp_path):
    path = str(tmp_path / "c25.mkv")
    make_clip(path, seconds=2.0, fps=25)
    r = run_cli("pickle", path, "--fps-correct", "-o", str(tmp_path))
    assert r.returncode == 0, r.stderr
    assert abs(len(read_array(tmp_path / "audio.pkl")) - 50) <= 1


def test_audioverify(clip, tmp_path):
    run_cli("pickler.py", os.path.basename(clip), cwd=tmp_path)
    r = run_cli("audioverify", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    import soundfile as sf
    x, rate = sf.read(tmp_path / "audio.wav", dtype="int16")
    rows = read_array(tmp_path / "audio.pkl")
    assert rate == 22050
    # float32 rows: scaled in single precision, as libsndfile's lrintf did
    assert np.array_equal(x, np.rint(rows.ravel() * np.float32(32767)).astype(np.int16))


def test_audioverify_hears_any_target_by_its_inverse(tone_clip, tmp_path):
    import soundfile as sf
    assert run_cli("pickle", tone_clip, "-o", str(tmp_path)).returncode == 0
    r = run_cli("audioverify", "--signal", "-o", "signal.wav", cwd=tmp_path)
    assert r.returncode == 0 and "raw rows" in r.stdout, r.stderr
    signal = sf.read(tmp_path / "signal.wav")[0]
    real = read_audio(tone_clip, 22050) / 32768.0  # 2y - 1 is the audio itself
    np.testing.assert_allclose(signal[:len(real)], real, atol=2 / 32768)
    for variant, name, rate in (("mel", "mel.pkl", 22050), ("stft-mag", "stft.pkl", 30720)):
        out = tmp_path / variant
        out.mkdir()
        assert run_cli("pickle", tone_clip, "--variant", variant, "-o", str(out)).returncode == 0
        r = run_cli("audioverify", name, "-o", "a.wav", cwd=out)  # dataset.json says which
        assert r.returncode == 0 and f"{variant} rows" in r.stdout, r.stderr
        heard, got = sf.read(out / "a.wav")
        spectrum = np.abs(np.fft.rfft(heard))
        assert got == rate and abs(np.argmax(spectrum) * rate / len(heard) - 440) < 15


def test_no_audio_names_frames_only(silent_video, tmp_path):
    line = one_line_error(run_cli("pickle", silent_video, "-o", str(tmp_path)))
    assert "no audio stream" in line and "--frames-only" in line
    assert not os.path.exists(tmp_path / "frames.pkl")
    assert run_cli("pickle", silent_video, "--frames-only", "-o", str(tmp_path)).returncode == 0
    assert read_array(tmp_path / "frames.pkl").shape == (30, 4096)


def test_bad_inputs_keep_existing_outputs(tmp_path):
    write_array(tmp_path / "frames.pkl", np.ones((2, 4096), np.float32))
    before = (tmp_path / "frames.pkl").read_bytes()
    (tmp_path / "junk.avi").write_bytes(b"\x00junk" * 500)
    empty = str(tmp_path / "empty.avi")
    make_empty_video(empty)
    for video, words in ((tmp_path / "missing.mp4", "no such file"),
                         (tmp_path / "junk.avi", "not a readable"),
                         (empty, "no video frames")):
        line = one_line_error(run_cli("pickle", str(video), "--frames-only", "-o",
                                      str(tmp_path)))
        assert words in line
        assert (tmp_path / "frames.pkl").read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["empty.avi", "frames.pkl", "junk.avi"]


def test_unwritable_output_folder(clip, tmp_path):
    line = one_line_error(run_cli("pickle", clip, "-o", str(tmp_path / "no" / "such")))
    assert "cannot write" in line


def test_corrupt_and_hostile_pkl(tmp_path):
    (tmp_path / "audio.pkl").write_bytes(b"\x80\x02}q\x00(U")
    assert "audio.pkl" in one_line_error(run_cli("audioverify", cwd=tmp_path))
    sentinel = tmp_path / "ran"
    (tmp_path / "audio.pkl").write_bytes(
        test_safepickle.hostile_pickles(sentinel)["p2 REDUCE os.system"])
    assert "refusing" in one_line_error(run_cli("audioverify", cwd=tmp_path))
    assert not sentinel.exists() and not (tmp_path / "audio.wav").exists()


def test_train_errors(tmp_path):
    write_array(tmp_path / "frames.pkl", np.random.rand(20, 4096).astype(np.float32))
    write_array(tmp_path / "audio.pkl", np.random.rand(20, 735).astype(np.float32))
    assert "no recipe" in one_line_error(run_cli("train", "--recipe", "nope.toml",
                                                 cwd=tmp_path))
    assert "do not match" in one_line_error(run_cli("train", "--layers", "4096", "8", "700",
                                                    cwd=tmp_path))
    assert "learning_rate" in one_line_error(run_cli("train", "--learning-rate", "0",
                                                     cwd=tmp_path))
    (tmp_path / "bad.toml").write_text("[network]\nlayers = [4096, 735]\nsize = 3\n")
    assert "unknown key 'size'" in one_line_error(run_cli("train", "--recipe", "bad.toml",
                                                          cwd=tmp_path))
    write_array(tmp_path / "audio.pkl", np.full((20, 735), np.nan, np.float32))
    assert "NaN" in one_line_error(run_cli("train", "--layers", "4096", "8", "735",
                                           cwd=tmp_path))
    assert not (tmp_path / "theanet.py.net.pkl").exists()


def test_theanet_py_trains_and_saves_both_files(tmp_path):
    write_array(tmp_path / "frames.pkl", np.random.rand(30, 4096).astype(np.float32))
    write_array(tmp_path / "audio.pkl", np.random.rand(40, 735).astype(np.float32))
    r = run_cli("theanet.py", "--layers", "4096", "16", "735", "--pretrain", "none",
                "--max-epochs", "2", "--seed", "0", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "settings:" in r.stdout and "batch_size=10" in r.stdout
    net, exp = (tmp_path / "theanet.py.net.pkl").read_bytes(), (tmp_path /
                                                                 "theanet.py.exp.pkl").read_bytes()
    assert net == exp
    from dbn import load_brain
    brain = load_brain(tmp_path / "theanet.py.net.pkl")
    assert brain.sizes == [4096, 16, 735] and len(brain.meta.history) == 2
    assert brain.meta.train["learning_rate"] == 1e-4


def test_theanet_py_reads_output_equals(tmp_path):
    write_array(tmp_path / "frames.pkl", np.random.rand(20, 4096).astype(np.float32))
    write_array(tmp_path / "audio.pkl", np.random.rand(20, 735).astype(np.float32))
    r = run_cli("theanet.py", "--output=mine.pkl", "--layers", "4096", "8", "735",
                "--pretrain", "none", "--max-epochs", "1", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["audio.pkl", "frames.pkl",
                                                         "mine.pkl"]


def test_2015_scripts_name_themselves_and_their_defaults(tmp_path):
    r = run_cli("theanet.py", "--help", cwd=tmp_path)
    assert r.returncode == 0 and r.stdout.startswith("usage: theanet.py")
    text = " ".join(r.stdout.split())
    for shown in ("(default: 4096-1000-1000-1000-735)", "(default: 0.0001)",
                  "(default: 10)", "(default: True)", "(default: rbm)"):
        assert shown in text, shown
    r = run_cli("pickler.py", "--help", cwd=tmp_path)
    assert r.returncode == 0 and r.stdout.startswith("usage: pickler.py")
    assert "(default: vtest.avi" in " ".join(r.stdout.split())


def test_pickler_py_takes_options_before_the_video(clip, tmp_path):
    r = run_cli("pickler.py", "--frames-only", os.path.basename(clip), cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clip.mpg", "dataset.json", "frames.pkl"]


def test_every_training_flag_is_documented():
    r = run_cli("train", "--help")
    text = " ".join(r.stdout.split())
    import dataclasses
    from dbn.settings import TrainSettings
    for f in dataclasses.fields(TrainSettings):
        flag = "--" + f.name.replace("_", "-")
        assert flag in text, flag
        assert f.metadata["help"].split()[0] in text


def test_render_sh_end_to_end(clip, tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    Network([4096, 8, 735], seed=0).save(work / "theanet.py.net.pkl")
    r = run_cli("render.sh", str(clip), "-x", cwd=work)
    assert r.returncode == 0, r.stderr
    for name in ("clip.mpg-deeplearn-x.mkv", "clip.mpg-granular-deeplearn-x.mkv"):
        with av.open(str(work / name)) as c:
            assert c.format.name.startswith("matroska")
            assert len(c.streams.video) == 1 and len(c.streams.audio) == 1


@pytest.mark.parametrize("env,match", [({}, "no such video"),
                                       ({"BRAIN": "nope.pkl"}, "no such brain")])
def test_render_sh_errors(clip, tmp_path, env, match):
    video = "missing.mp4" if not env else str(clip)
    r = run_cli("render.sh", video, cwd=tmp_path, env=env)
    assert r.returncode != 0 and match in r.stderr and "Traceback" not in r.stderr


def test_render_sh_refuses_a_mode_the_brain_cannot_render(clip, tmp_path):
    Network([4096, 8, 735], seed=0).save(tmp_path / "theanet.py.net.pkl")
    r = run_cli("render.sh", str(clip), cwd=tmp_path, env={"MODE": "stft-mag"})
    assert r.returncode != 0 and "cannot render mode 'stft-mag'" in r.stderr
    assert not any(p.endswith(".mkv") for p in os.listdir(tmp_path))


def test_render_windowed_writes_both(clip, tmp_path):
    Network([4096, 8, 735], seed=0).save(tmp_path / "b.pkl")
    r = run_cli("render", clip, "--brain", "b.pkl", "--mode", "windowed", "--seed", "1",
                cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert os.path.exists(tmp_path / "wout.wav") and os.path.exists(tmp_path / "wout-plain.wav")


def test_render_rejects_non_frame_brain(clip, tmp_path):
    Network([16, 735], seed=0).save(tmp_path / "b.pkl")
    assert "expected 4096" in one_line_error(run_cli("render", clip, "--brain", "b.pkl",
                                                     cwd=tmp_path))


@pytest.mark.skipif(shutil.which("csound") is None, reason="csound is not installed")
def test_granular_with_csound_writes_score(tmp_path):
    import soundfile as sf
    sf.write(tmp_path / "out.wav", (np.sin(np.arange(22050) / 5) * 9000).astype(np.int16),
             22050)
    r = run_cli("granular", "--csound", "--seed", "1", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert {"grain.orc", "grain.sco", "output.wav"} <= set(os.listdir(tmp_path))
    assert sf.info(str(tmp_path / "output.wav")).samplerate == 44100


@pytest.mark.parametrize("command,status", [(["theanet.py"], 0), (["train"], 130)])
def test_ctrl_c_saves_the_best_brain_and_stops(tmp_path, command, status):
    # theanet.py exits 0 after saving, as 2015's did; dbn train says 130 (interrupted)
    import signal
    import subprocess
    import sys
    from conftest import ROOT, as_from_a_terminal
    write_array(tmp_path / "frames.pkl", np.random.rand(30, 4096).astype(np.float32))
    write_array(tmp_path / "audio.pkl", np.random.rand(30, 735).astype(np.float32))
    program = ([os.path.join(ROOT, "theanet.py")] if command == ["theanet.py"]
               else ["-m", "dbn", "train", "-o", "theanet.py.net.pkl"])
    proc = subprocess.Popen(
        [sys.executable, *program, "--layers", "4096", "8", "735",
         "--pretrain", "none", "--patience", "100000", "--seed", "0"],
        cwd=tmp_path, env=dict(os.environ, PYTHONPATH=ROOT), stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, preexec_fn=as_from_a_terminal)
    for line in proc.stdout:
        if line.startswith("round 3:"):
            break
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == status, err
    assert "interrupted" in out + err and "wrote theanet.py.net.pkl" in out
    from dbn import load_brain
    brain = load_brain(tmp_path / "theanet.py.net.pkl")
    assert brain.meta.history and brain.meta.stopped == "interrupted"
    assert "exit status" in run_cli(*command, "--help").stdout


def test_fps_correct_render_plays_in_sync(tmp_path):
    path = str(tmp_path / "c25.mkv")
    make_clip(path, seconds=2.0, fps=25)
    Network([4096, 8, 735], seed=0).save(tmp_path / "b.pkl")
    r = run_cli("render", path, "--brain", "b.pkl", "--fps-correct", "-o", "x.wav",
                cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    import soundfile as sf
    info = sf.info(str(tmp_path / "x.wav"))
    assert info.samplerate == 735 * 25 and abs(info.duration - 2.0) < 0.05


def test_fft2_variant_equals_the_whole_array_formula(tone_clip, tmp_path):
    from dbn.features import fft2_frames, read_frames
    assert run_cli("pickle", tone_clip, "--variant", "fft2", "-o", str(tmp_path)).returncode == 0
    frames, _ = read_frames(tone_clip)
    np.testing.assert_array_equal(read_array(tmp_path / "fft-frames.pkl"), fft2_frames(frames))


def test_the_three_steps_with_the_context_recipe(tmp_path):
    # dbn pickle --recipe context A B; dbn train --recipe context; dbn render (no --mode)
    # and render.sh unchanged, on two short clips with a tiny hidden layer
    clips = []
    for i in range(2):
        clips.append(str(tmp_path / f"c{i}.mkv"))
        make_clip(clips[-1], seconds=1.2, fps=25, tone=300.0 + 200 * i)
    assert run_cli("pickle", "--recipe", "context", *clips, cwd=tmp_path).returncode == 0
    r = run_cli("train", "--recipe", "context", "--layers", "9216", "8", "42", "--max-epochs",
                "2", "-o", "brain.pkl", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    r = run_cli("render", clips[0], "--brain", "brain.pkl", "-o", "out.wav", cwd=tmp_path)
    assert r.returncode == 0 and "(harmonic)" in r.stdout, r.stderr
    import soundfile as sf
    y, rate = sf.read(tmp_path / "out.wav")
    assert rate == 22050 and len(y) == 30 * 882  # one row per real frame at 25 fps
    r = run_cli("info", "brain.pkl", cwd=tmp_path)
    assert "renders as harmonic by default" in r.stdout
    assert "brought to its training audio's level as it plays" in r.stdout
    r = run_cli("render.sh", clips[0], env={"BRAIN": "brain.pkl"}, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "c0.mkv-granular-deeplearn.mkv").exists()
    short = str(tmp_path / "short.mkv")
    make_clip(short, seconds=0.16, fps=25)
    assert run_cli("pickle", "--recipe", "context", short, cwd=tmp_path).returncode == 0
    r = run_cli("train", "--recipe", "context", "--layers", "9216", "8", "42", cwd=tmp_path)
    assert "a context of 4 frames needs videos longer than that" in one_line_error(r)


@pytest.mark.parametrize("where", [
    "nodir/sub/x.wav", "/proc/x.wav",
    pytest.param("ro/x.wav", marks=pytest.mark.skipif(
        os.geteuid() == 0, reason="root may write into a read-only folder"))])
def test_every_writer_checks_its_output_before_work(clip, tmp_path, where):
    (tmp_path / "ro").mkdir()
    (tmp_path / "ro").chmod(0o555)
    write_array(tmp_path / "frames.pkl", np.random.rand(20, 4096).astype(np.float32))
    write_array(tmp_path / "audio.pkl", np.random.rand(20, 735).astype(np.float32))
    Network([4096, 8, 735], seed=0).save(tmp_path / "b.pkl")
    folder = os.path.dirname(where)
    for args in (["train", "--layers", "4096", "8", "735", "--max-epochs", "30", "-o", where],
                 ["render", clip, "--brain", "b.pkl", "-o", where],
                 ["mux", clip, "x.wav", "-o", where.replace(".wav", ".mkv")],
                 ["granular", "x.wav", "-o", where],
                 ["audioverify", "-o", where],
                 ["synth", "pluck", "-o", where.replace(".wav", ".mkv")]):
        line = one_line_error(run_cli(*args, cwd=tmp_path))
        assert f"cannot write in {folder}: not a writable folder" in line, (args, line)
        assert "tmp" not in line and "round 1" not in line
