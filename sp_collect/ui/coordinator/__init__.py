"""The coordinator's screens; importing this package registers their pages."""

from sp_collect.ui.coordinator import imports_page, review_page

__all__ = ["imports_page", "review_page"]
