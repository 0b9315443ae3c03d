"""Jinja2 templates of the published site (data only; rendered by `flet.publish`)."""
