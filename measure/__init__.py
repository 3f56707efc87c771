"""Measurement tools that run beside the generator (never imported by statussite)."""
