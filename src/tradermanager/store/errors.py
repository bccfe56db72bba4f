"""Errors opening or migrating a database file, with the file named."""


class StoreError(RuntimeError):
    """The database file can't be used: missing, corrupt, locked or not a tradermanager file."""


class SchemaTooNewError(StoreError):
    """The file was written by a newer tradermanager; it is left untouched."""
