"""python -m dbn: the dbn command line."""
import sys

from .cli import main

sys.exit(main())
