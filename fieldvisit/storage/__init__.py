"""Data layer: SQLAlchemy models, database life cycle and migrations."""
