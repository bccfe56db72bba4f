"""Icons and styles, read through importlib.resources (tradermanager.resources)."""
