"""Measure what real HTTP clients do with each status code (see docs/measurement.md)."""
