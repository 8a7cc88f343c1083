"""Bundled resources for the UI; the lookup itself is Qt-free in :mod:`fieldvisit.resources`."""

from fieldvisit.resources import resource_path, resource_root

__all__ = ["resource_path", "resource_root"]
