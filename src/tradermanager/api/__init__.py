"""The local HTTP API (FastAPI): routes and pydantic schemas, each route a thin call into a
service. No Qt: ``tradermanager serve`` runs it on a machine without a display."""
