"""Question widgets (one module per kind; the table of which shows what is ``registry``) and
the helpers every screen uses (``announce``, ``palette``). Empty on purpose: importing a helper
must not load every widget and, through them, the form engine."""
