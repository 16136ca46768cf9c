"""centertrack: check, add up and report Thai provinces' progress on DLA indicators 4.1 and 4.2."""

__version__ = "0.1.0"
