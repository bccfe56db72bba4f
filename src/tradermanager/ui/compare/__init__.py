"""The parts of the trader comparison: metrics table, radar, equity overlay, token overlap
and return correlation. The dialog that arranges them is ui/compare_dialog.py."""
