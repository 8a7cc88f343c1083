"""The team server: the sync service (ASGI) and its administration, on PostgreSQL."""
