"""The laptop's side of team sync (no Qt): joining a team, the server's address and token."""
