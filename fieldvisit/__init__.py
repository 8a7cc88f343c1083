"""FieldVisit: customer cards, contact records, visit plans and co-visit reports, offline."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("fieldvisit")
except PackageNotFoundError:  # running from a source tree or a frozen bundle
    __version__ = "0.1.0"
