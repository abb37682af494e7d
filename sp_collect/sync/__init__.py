"""Sync without a network: identities, signed encrypted bundles, form packages, returns."""
