"""Where a command's outputs go, checked before any work starts.

- `writable_file`: raise unless a file can be written at a path.
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
    if not os.path.isdir(folder) or not os.access(folder, os.W_OK | os.X_OK):
        raise ParameterError(f"cannot write in {folder}: not a writable folder")
    return path


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
    if os.path.exists(path) and not force:
        raise ParameterError(f"{path} exists; keeping it (use --force to write into it)")
    try:
        os.makedirs(path, exist_ok=True)
    except OSError as e:
        raise ParameterError(f"cannot make the folder {path}: {e.strerror}") from None
    writable_file(os.path.join(path, "x"))
