"""The exception classes of dbn.

Library code raises these and never prints or exits; ``dbn.cli`` turns a
``DbnError`` into one line on stderr and a non-zero exit.

- `DbnError`: the root.
- `ParameterError`: a bad argument, shape, setting or recipe value.
- `FormatError`: an unreadable, foreign or wrong-version brain or data file.
- `UnsafePickleError`: a pickle that asks for something outside the allowlist.
- `MediaError`: a video or audio file that cannot be decoded or written.
- `MediaWarning`: a damaged file decoded in part (a warning, not an error;
  ``dbn.cli`` prints it as one ``warning:`` line).
"""
import pickle


class DbnError(Exception):
    """Root of every error dbn raises on purpose."""


class ParameterError(DbnError, ValueError):
    """A bad argument, shape, setting or recipe value."""


class FormatError(DbnError):
    """A brain or data file that cannot be read as what it claims to be."""


class UnsafePickleError(FormatError, pickle.UnpicklingError):
    """A pickle that names a global outside the allowlist (never called)."""


class MediaError(DbnError):
    """A video or audio file that cannot be decoded or written."""


class MediaWarning(UserWarning):
    """A damaged video or audio file, decoded past the damage."""
