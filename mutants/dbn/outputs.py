"""Where a command's outputs go, checked before any work starts.

- `writable_file`: raise unless a file can be written at a path.
- `check_folder`: raise unless an output folder can be made (before work).
- `output_folder`: make an output folder, refusing to reuse one unasked.

Errors name the user's path, never a temporary one.
"""
import os

from .errors import ParameterError


def writable_file(path):
    """Check that ``path`` can be written: its folder exists and takes new files.

    Parameters
    ----------
    path : str or os.PathLike

    Returns
    -------
    path : str

    Raises
    ------
    ParameterError
        the folder is missing, not a folder or not writable, or ``path`` is
        a folder.
    """
    path = os.fspath(path)
    folder = os.path.dirname(path) or "."
    if os.path.isdir(path):
        raise ParameterError(f"{path} is a folder, not a file name")
    # try it: permission bits do not bind root, and /proc refuses new files anyway
    probe = os.path.join(folder, f".dbn-probe-{os.getpid()}")
    try:
        os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        os.unlink(probe)
    except OSError:
        raise ParameterError(f"cannot write in {folder}: not a writable folder") from None
    return path


def check_folder(path, *, force=False):
    """Check, before any work, that `output_folder` will succeed.

    Parameters
    ----------
    path : str
    force : bool

    Raises
    ------
    ParameterError
        ``path`` exists (and not ``force``), is a file, or its nearest
        existing parent takes no new folders.
    """
    if os.path.exists(path) and not force:
        raise ParameterError(f"{path} exists; keeping it (use --force to write into it)")
    if os.path.exists(path) and not os.path.isdir(path):
        raise ParameterError(f"{path} is a file, not a folder")
    parent = os.path.dirname(os.path.abspath(path))
    while not os.path.exists(parent):
        parent = os.path.dirname(parent)
    if not os.path.isdir(parent) or not os.access(parent, os.W_OK | os.X_OK):
        raise ParameterError(f"cannot make {path}: {parent} is not a writable folder")


def output_folder(path, *, force=False):
    """Create the folder ``path`` for a command's outputs.

    Parameters
    ----------
    path : str
    force : bool
        allow writing into a folder that already exists (its other files stay).

    Raises
    ------
    ParameterError
        ``path`` exists and ``force`` is False (the folder is kept as it is),
        or it cannot be made.
    """
    check_folder(path, force=force)
    try:
        os.makedirs(path, exist_ok=True)
    except OSError as e:
        raise ParameterError(f"cannot make the folder {path}: {e.strerror}") from None
    writable_file(os.path.join(path, "x"))
