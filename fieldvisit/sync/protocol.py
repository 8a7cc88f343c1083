"""What laptop and server agree on: the protocol version and the error codes they exchange.

The protocol is versioned, not the tables: the server accepts the current and the previous
version; a laptop on an older one may still pull but is told to update before it pushes.
"""

from __future__ import annotations

PROTOCOL_VERSION = 2
"""2: workflow steps travel as commands (a version-1 laptop would set a plan's status by
row and see it ignored, so it is told to update before it pushes)."""
ACCEPTED_VERSIONS = frozenset({PROTOCOL_VERSION})
API_PREFIX = "/v1"

# Error codes in the server's JSON answers ({"error": CODE, "message": ...}); the laptop
# words them in the user's language.
BAD_REQUEST = "bad_request"
CODE_INVALID = "code_invalid"
CODE_USED = "code_used"
CODE_EXPIRED = "code_expired"
UNAUTHORIZED = "unauthorized"
DEVICE_REVOKED = "device_revoked"
PROTOCOL_OUTDATED = "protocol_outdated"
# Team set-up (/v1/team/…): the window words these itself, as for the codes above.
FORBIDDEN = "forbidden"
OUTSIDE_TEAM = "outside_team"
NOT_FOUND = "not_found"
INVALID = "invalid"
CURSOR_EXPIRED = "cursor_expired"
"""The laptop's cursor is older than the change log's retention: it downloads its whole
scope again (after pushing what it has)."""
