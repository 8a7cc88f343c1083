"""Customer cards and stakeholders: search, edit, merge, trash (DOMAIN.md §2, §3)."""
