"""Writers of the annex (``centertrack.annex.Annex``): one pure function per output format."""
