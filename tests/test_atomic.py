"""Atomic writes: the old file or the new one, never half, never a stray temporary."""
import os
import sys

import pytest

from dbn.atomic import atomic_path, atomic_write, partial_files
from dbn.errors import DbnError


def test_success_replaces(tmp_path):
    (tmp_path / "f").write_bytes(b"old")
    with atomic_write(tmp_path / "f") as f:
        f.write(b"new")
    assert (tmp_path / "f").read_bytes() == b"new"
    assert os.listdir(tmp_path) == ["f"]


def test_failure_keeps_old_and_cleans_up(tmp_path):
    (tmp_path / "f").write_bytes(b"old")
    with pytest.raises(RuntimeError):
        with atomic_write(tmp_path / "f") as f:
            f.write(b"half")
            raise RuntimeError
    assert (tmp_path / "f").read_bytes() == b"old" and os.listdir(tmp_path) == ["f"]


def test_temporary_name_keeps_extension_and_mode(tmp_path):
    with atomic_path(tmp_path / "x.wav") as tmp:
        assert tmp.endswith(".wav") and os.path.dirname(tmp) == str(tmp_path)
        open(tmp, "wb").write(b"1")
    umask = os.umask(0)
    os.umask(umask)
    assert os.stat(tmp_path / "x.wav").st_mode & 0o777 == 0o666 & ~umask


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(DbnError, match="cannot write in"):
        with atomic_write(tmp_path / "no" / "f"):
            pass


def dead_pid():
    import subprocess
    import sys
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_next_write_removes_what_a_killed_writer_left(tmp_path):
    target = tmp_path / "brain.pkl"
    left = tmp_path / f".brain.pkl.dbn-{dead_pid()}-0123abcd.tmp.pkl"
    live = tmp_path / f".brain.pkl.dbn-{os.getpid()}-0123abcd.tmp.pkl"  # being written
    others = [tmp_path / ".brain.pkl.mine.tmp.pkl", tmp_path / f".other.pkl.dbn-{dead_pid()}"
              "-0123abcd.tmp.pkl"]
    for f in [left, live, *others]:
        f.write_bytes(b"partial")
    assert partial_files(target) == [str(left)]
    with atomic_write(target) as f:
        f.write(b"whole")
    assert not left.exists() and live.exists() and all(f.exists() for f in others)


def test_error_names_the_users_folder_not_a_temporary_one(tmp_path):
    with pytest.raises(DbnError) as e:
        with atomic_write(os.path.join("no", "such", "f.wav")):
            pass
    assert str(e.value).startswith("cannot write in no/such:") and ".tmp" not in str(e.value)


@pytest.fixture
def full_disk(tmp_path):
    """A 512 KiB tmpfs filled to its last 16 KiB, an old file of each output already there."""
    import shutil
    import subprocess
    disk = tmp_path / "disk"
    disk.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", str(disk)],
                      capture_output=True).returncode:
        pytest.skip("a tmpfs needs root (CI and this machine run the suite as root)")
    try:
        free = shutil.disk_usage(disk).free
        (disk / "filler").write_bytes(b"\0" * (free - 16 * 1024))
        yield disk
    finally:
        subprocess.run(["umount", str(disk)], check=True)


def writers(clip, brain, wav):
    """Each command that writes a file, and the file (the folder's name: DISK)."""
    return {
        "pickle": (["pickle", clip, "-o", "DISK"], "frames.pkl"),
        "synth": (["synth", "pluck", "-o", "DISK/p.mkv", "--seconds", "2"], "p.mkv"),
        "render": (["render", clip, "--brain", brain, "-o", "DISK/out.wav"], "out.wav"),
        "mux": (["mux", clip, wav, "-o", "DISK/m.mkv"], "m.mkv"),
        "granular": (["granular", wav, "-o", "DISK/output.wav"], "output.wav"),
        "train": (["train", "--layers", "4096", "64", "735", "--max-epochs", "1",
                   "-o", "DISK/brain.pkl"], "brain.pkl"),
        "live": (["live", "--brain", brain, "--source", clip, "--no-pace", "--out",
                  "DISK/live.wav"], "live.wav"),
        "evaluate": (["evaluate", clip, "--brain", brain, "-o", "DISK/report", "--force"],
                     "report/metrics.json"),
    }


@pytest.mark.parametrize("command", ["pickle", "synth", "render", "mux", "granular", "train",
                                     "live", "evaluate"])
def test_a_disk_that_fills_mid_write_keeps_the_old_file(full_disk, tmp_path, command):
    # one clear line, a non-zero exit, the old output as it was and no temporary left
    from conftest import make_clip, one_line_error, run_cli
    from dbn import Network
    clip = str(tmp_path / "c.mkv")
    make_clip(clip, seconds=2.0, fps=25)
    Network([4096, 64, 735], seed=0).save(tmp_path / "b.pkl")
    assert run_cli("pickle", clip, "-o", str(tmp_path)).returncode == 0  # for train
    wav = str(tmp_path / "out.wav")  # for mux and granular
    assert run_cli("render", clip, "--brain", str(tmp_path / "b.pkl"), "-o", wav).returncode == 0
    args, name = writers(clip, str(tmp_path / "b.pkl"), wav)[command]
    old = full_disk / name
    old.parent.mkdir(exist_ok=True)
    old.write_bytes(b"the old one")
    r = run_cli(*[a.replace("DISK", str(full_disk)) for a in args], cwd=tmp_path)
    assert r.returncode != 0
    line = one_line_error(r)
    assert "No space left on device" in line and ".tmp" not in line, r.stderr
    assert old.read_bytes() == b"the old one"
    assert not [p for p in full_disk.rglob("*") if ".dbn-" in p.name]


def readable(command, path):
    """Whether a finished output reads back as what its command writes."""
    from dbn import load_brain
    from dbn.datafile import read_array
    from dbn.media import read_wav
    {"pickle": read_array, "train": load_brain, "render": read_wav}[command](path)
    return True


@pytest.mark.parametrize("command", ["pickle", "train", "render"])
def test_kill_9_at_random_moments_leaves_the_old_file_or_the_new_one(tmp_path, command):
    # three kills at seeded random moments, then a run to the end: each time the output
    # is the old one or a whole new one, and the finished run leaves no temporary
    import random
    import signal
    import subprocess
    import time
    from conftest import child_env, make_clip, run_cli
    from dbn import Network
    clip = str(tmp_path / "c.mkv")
    make_clip(clip, seconds=6.0, fps=30)
    assert run_cli("pickle", clip, "-o", str(tmp_path)).returncode == 0
    Network([4096, 256, 735], seed=0).save(tmp_path / "b.pkl")
    args, out = {"pickle": (["pickle", clip, "-o", "o"], "o/frames.pkl"),
                 "train": (["train", "--layers", "4096", "256", "735", "--max-epochs", "3",
                            "-o", "o/brain.pkl"], "o/brain.pkl"),
                 "render": (["render", clip, "--brain", "b.pkl", "-o", "o/out.wav"],
                            "o/out.wav")}[command]
    (tmp_path / "o").mkdir()
    assert run_cli(*args, cwd=tmp_path).returncode == 0
    first = (tmp_path / out).read_bytes()
    moments = random.Random(command).sample(range(5, 60), 3)
    for tenth in moments:
        proc = subprocess.Popen([sys.executable, "-m", "dbn", *args], cwd=tmp_path,
                                env=child_env(), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        time.sleep(tenth / 40)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        now = (tmp_path / out).read_bytes()
        assert now == first or readable(command, tmp_path / out)
    assert run_cli(*args, cwd=tmp_path).returncode == 0 and readable(command, tmp_path / out)
    assert not [p for p in (tmp_path / "o").iterdir() if ".dbn-" in p.name]


def test_a_folder_made_read_only_mid_run(full_disk, tmp_path):
    # dbn train checks its output folder first, then trains for seconds; the file system
    # turns read-only meanwhile (Linux refuses that while a file is open for writing, so
    # a writer meets it when it starts to write): one line, the old brain kept
    import subprocess
    from conftest import child_env, make_clip, one_line_error, run_cli
    (full_disk / "filler").unlink()
    clip = str(tmp_path / "c.mkv")
    make_clip(clip, seconds=4.0, fps=30)
    assert run_cli("pickle", clip, "-o", str(tmp_path)).returncode == 0
    out = full_disk / "brain.pkl"
    out.write_bytes(b"the old one")
    args = ["train", "--layers", "4096", "512", "735", "--max-epochs", "40", "-o", str(out)]
    proc = subprocess.Popen([sys.executable, "-m", "dbn", *args], cwd=tmp_path,
                            env=child_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    # the first line comes after the folder's check: a slow start (CI under load) must not
    # let the remount land before it
    first = proc.stdout.readline()
    assert first.startswith("training "), first + proc.stderr.read()
    subprocess.run(["mount", "-o", "remount,ro", str(full_disk)], check=True)
    try:
        stdout, stderr = proc.communicate(timeout=120)
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(full_disk)], check=True)
    r = subprocess.CompletedProcess(args, proc.returncode, stdout, stderr)
    line = one_line_error(r)
    assert "Read-only file system" in line and str(full_disk) in line and ".tmp" not in line
    assert out.read_bytes() == b"the old one"
    assert not [p for p in full_disk.iterdir() if ".dbn-" in p.name]
