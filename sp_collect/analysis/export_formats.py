"""The data-export formats, in a module of their own so that listing them (the CLI's choices)
does not load the exporters, the engine and openpyxl."""

EXPORT_FORMATS: tuple[str, ...] = ("csv", "xlsx", "sqlite")
