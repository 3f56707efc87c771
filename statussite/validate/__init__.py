"""Validate: check loaded content against its schemas and against each other, into the Site model."""
