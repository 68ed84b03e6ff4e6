"""Alerts: residents subscribe by email to new open calls and events (see `sending` for when and to whom)."""
