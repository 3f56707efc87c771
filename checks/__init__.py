"""Quality gates over a built site: valid HTML, no broken links, accessible, fast and light.

`python -m checks SITE` runs every gate (see __main__.py); each gate is a function in its own
module that takes the built folder and returns a Report, so tests can plant defects and call it.
"""
