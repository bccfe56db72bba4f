"""Pure, vectorised metric functions over numpy arrays and pandas objects (no Qt, no peewee)."""
