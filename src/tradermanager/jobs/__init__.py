"""APScheduler jobs; results reach the UI only through Qt signals on a bridge QObject."""
