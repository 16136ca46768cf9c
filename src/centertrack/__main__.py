"""The process's entry point: the ``centertrack`` command and ``python -m centertrack``."""

import atexit
import gc


def main() -> None:
    # A run is short, and nearly every object it makes lives until it ends (the modules it imports,
    # a sheet's values, the 7,851 LAOs, a Detail per LAO). The cyclic garbage collector's passes over
    # them, and its last pass as the interpreter exits, were a quarter to a third of validating the
    # national LAO sheet and of drawing --help, and freed almost nothing: the peak memory of
    # summarizing a million-row register is the same without them. Reference counting still frees
    # each value as soon as it is no longer used. Turned off here, before the CLI is even imported,
    # and never where centertrack is used as a library.
    gc.disable()
    atexit.register(gc.freeze)  # leaves the collection at exit nothing to look at

    from centertrack.cli import main as run

    run()


if __name__ == "__main__":
    main()
