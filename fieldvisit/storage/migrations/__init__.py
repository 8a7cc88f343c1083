"""Alembic migration scripts; run by :mod:`fieldvisit.storage.migrate`, not by the alembic CLI."""
