"""Request and response bodies of the HTTP API, built from the domain types and bounds."""
