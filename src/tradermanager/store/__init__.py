"""SQLite storage: peewee models, opening and migrating the file, repositories."""
