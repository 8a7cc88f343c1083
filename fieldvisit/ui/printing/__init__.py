"""Printed reports in the app: preview, print, save as PDF and batch export.

The documents themselves are rendered by :mod:`fieldvisit.services.reporting`;
this package turns their PDF bytes into pages on screen and on paper.
"""
