"""Tests of the annex model and its report writers."""
