"""Contact records, promises and the account timeline (DOMAIN.md §4)."""
