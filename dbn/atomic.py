"""Atomic file writing: a reader sees the old file or the new one, never half.

- `atomic_path`: a temporary name beside the target, moved over it on success.
- `atomic_write`: the same, as an open binary file.
- `partial_files`: what writes to a path left behind when killed (kill -9).

A temporary file is named ``.<name>.dbn-<pid>-<random>.tmp<ext>`` beside
``<name>``: recognisably ours and the output's, so that the next write of
the same output removes those whose process is gone, and nothing else.
"""
import contextlib
import errno
import glob
import os
import re
import secrets

from .errors import DbnError


# a disk that fills or turns read-only under a writer
_FULL = (errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EFBIG, errno.EIO)
_NEARLY_FULL = 64 * 1024  # bytes: less than a block of any of our writers


@contextlib.contextmanager
def atomic_path(path):
    """Yield a temporary file name in the folder of ``path``.

    When the ``with`` block ends without an exception the temporary file is
    fsync'ed and moved over ``path`` with `os.replace`; otherwise it is
    removed and ``path`` is left untouched.

    Parameters
    ----------
    path : str or os.PathLike
        final file name; the temporary name keeps its extension, so
        writers that guess the format from the name (soundfile, PyAV) work.

    Yields
    ------
    tmp : str
        the temporary file's path (the file exists, empty).
    """
    path = os.fspath(path)
    folder = os.path.dirname(path) or "."
    for stale in partial_files(path):
        with contextlib.suppress(OSError):
            os.unlink(stale)
    name = os.path.basename(path)
    tmp = os.path.join(folder, f".{name}.dbn-{os.getpid()}-{secrets.token_hex(4)}.tmp"
                               f"{os.path.splitext(name)[1]}")
    try:
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError as e:
        raise DbnError(f"cannot write in {folder}: {e.strerror}") from None
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # made 0600 while partial; finished files get the usual mode
    try:
        yield tmp
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException as e:
        # looked at before the temporary goes: some libraries report a full disk only as
        # "System error" (libsndfile), others name the temporary file (PyAV)
        full = e.errno if isinstance(e, OSError) and e.errno in _FULL else _filled(folder)
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if full and not isinstance(e, (KeyboardInterrupt, DbnError)):
            kept = "the old one is kept" if os.path.exists(path) else "nothing was left"
            raise DbnError(f"cannot write {path}: {os.strerror(full)}; {kept}") from None
        raise


def _filled(folder):
    """errno.EROFS or ENOSPC if the folder's file system is read-only or full, else None."""
    try:
        st = os.statvfs(folder)
    except OSError:
        return None
    if st.f_flag & os.ST_RDONLY:
        return errno.EROFS
    return errno.ENOSPC if st.f_bavail * st.f_frsize < _NEARLY_FULL else None


@contextlib.contextmanager
def atomic_write(path):
    """Yield a binary file object whose contents replace ``path`` atomically.

    Parameters
    ----------
    path : str or os.PathLike
        final file name.
    """
    with atomic_path(path) as tmp, open(tmp, "wb") as f:
        yield f


def partial_files(path):
    """Temporary files that writes to ``path`` left behind, their process gone.

    Parameters
    ----------
    path : str or os.PathLike

    Returns
    -------
    stale : list of str
        files named as `atomic_path` names them for ``path`` whose writing
        process no longer runs (a live one may still be writing).
    """
    path = os.fspath(path)
    folder, name = os.path.dirname(path) or ".", os.path.basename(path)
    pattern = re.compile(re.escape(f".{name}.dbn-") + r"(\d+)-[0-9a-f]{8}\.tmp"
                         + re.escape(os.path.splitext(name)[1]) + "$")
    stale = []
    for candidate in glob.glob(os.path.join(glob.escape(folder), f".{glob.escape(name)}.dbn-*")):
        match = pattern.match(os.path.basename(candidate))
        if match and not _running(int(match.group(1))):
            stale.append(candidate)
    return stale


def _running(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True
