"""The one façade the UI and the CLI hold: open/create/unlock, forms, responses, sync, reports."""
