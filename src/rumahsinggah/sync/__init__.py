"""Sync-export bundles between desks."""
