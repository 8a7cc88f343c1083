"""Co-visits: the guided checklist, sign-off and revisions, the manager's view (§6)."""
