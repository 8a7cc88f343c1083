"""Use cases, one module per capability. Each public function owns its transaction."""
