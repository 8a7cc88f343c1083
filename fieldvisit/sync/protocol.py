"""What laptop and server agree on: the protocol version and the error codes they exchange.

The protocol is versioned, not the tables: the server accepts the current and the previous
version; a laptop on an older one may still pull but is told to update before it pushes.
"""

from __future__ import annotations

PROTOCOL_VERSION = 1
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
CURSOR_EXPIRED = "cursor_expired"
"""The laptop's cursor is older than the change log's retention: it downloads its whole
scope again (after pushing what it has)."""
