"""The ``sp-collect`` command line: a thin shell over :mod:`sp_collect.workspace`."""
