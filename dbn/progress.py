"""Where long work says how it goes: progress bars and the lines 2015 printed.

- `Report`: the silent reporter, what library functions use unless given one.
- `Console`: tqdm bars on stderr (only on a terminal) and lines on stdout;
  what the command line passes in.

Library code never prints: it calls ``report.bar(...)`` and
``report.line(...)`` on the reporter it was given.
"""
import sys

from tqdm import tqdm


class Report:
    """A silent reporter: bars pass their iterable through, lines go nowhere."""

    def bar(self, iterable, *, desc="", unit="it", total=None):
        """Iterate ``iterable``, showing progress where the reporter can.

        Parameters
        ----------
        iterable : iterable
        desc : str
            what is being counted ("round 3", "frames").
        unit : str
        total : int or None
            the expected count, when ``len`` cannot tell.

        Returns
        -------
        iterable
        """
        return iterable

    def line(self, text):
        """Say one line (an epoch's losses, a file written)."""


class Console(Report):
    """tqdm bars on stderr, shown only on a terminal; lines on stdout.

    Parameters
    ----------
    lines : file or None
        where lines go (None: stdout; stderr when stdout carries data).
    """

    def __init__(self, lines=None):
        self.lines = lines

    def bar(self, iterable, *, desc="", unit="it", total=None):
        return tqdm(iterable, desc=desc, unit=unit, total=total, leave=False, disable=None,
                    file=sys.stderr)

    def line(self, text):
        out = self.lines or sys.stdout
        tqdm.write(text, file=out)
        out.flush()  # before the output of any subprocess that follows


SILENT = Report()
