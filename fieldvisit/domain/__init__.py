"""Plain-Python domain: vocabularies, rules and errors. No Qt, no database."""
