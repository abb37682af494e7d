"""The coordinator's screens (and Identity & contacts, for both roles); importing this package
registers their pages."""

from sp_collect.ui.coordinator import (
    conflicts_page,
    dashboard_page,
    export_page,
    identity_page,
    imports_page,
    packages_page,
    reports_page,
    review_page,
    scores_page,
)

__all__ = [
    "conflicts_page",
    "dashboard_page",
    "export_page",
    "identity_page",
    "imports_page",
    "packages_page",
    "reports_page",
    "review_page",
    "scores_page",
]
