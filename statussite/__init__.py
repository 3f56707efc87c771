"""Generator for the HTTP status code reference: load content -> validate -> render -> write."""
