"""Front ends: one per input format. They know their format, not wire copy."""
