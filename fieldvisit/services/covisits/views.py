"""The co-visit's read model, as the services and the window know it.

The frozen view itself lives in :mod:`fieldvisit.domain.covisit_view` so that the
handout renderer (``reports``) takes the very same object; this module names it for
the co-visit services.
"""

from __future__ import annotations

from fieldvisit.domain.covisit_view import (
    ActionView,
    CallView,
    CoVisitView,
    ObservationView,
    RatingView,
    RevisionView,
    acknowledged_digest,
    covisit_from_json,
    to_json,
)

__all__ = [
    "ActionView",
    "CallView",
    "CoVisitView",
    "ObservationView",
    "RatingView",
    "RevisionView",
    "acknowledged_digest",
    "covisit_from_json",
    "to_json",
]
