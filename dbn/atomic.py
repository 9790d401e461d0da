"""Atomic file writing: a reader sees the old file or the new one, never half.

- `atomic_path`: a temporary name beside the target, moved over it on success.
- `atomic_write`: the same, as an open binary file.
"""
import contextlib
import os
import tempfile

from .errors import DbnError


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
    folder = os.path.dirname(os.path.abspath(path))
    base, ext = os.path.splitext(os.path.basename(path))
    try:
        fd, tmp = tempfile.mkstemp(prefix="." + base + ".", suffix=".tmp" + ext, dir=folder)
    except OSError as e:
        raise DbnError(f"cannot write in {folder}: {e.strerror}") from None
    os.close(fd)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; finished files get the usual mode
    try:
        yield tmp
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


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
