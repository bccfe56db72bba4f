"""tradermanager — decide whom to copy, how much, and see how it is going."""

__version__ = "0.1.0"
