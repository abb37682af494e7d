"""PDF reports (reportlab)."""
