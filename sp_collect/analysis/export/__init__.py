"""Data exports: CSV, XLSX and SQLite tables per form and repeat, with a codebook."""

from sp_collect.analysis.export.run import (
    FORMATS,
    DataExportReport,
    FormSource,
    export_responses,
)

__all__ = ["FORMATS", "DataExportReport", "FormSource", "export_responses"]
