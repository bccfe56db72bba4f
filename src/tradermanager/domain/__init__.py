"""Plain domain objects and the copy rules: no Qt, no peewee, no I/O."""
