"""Machine-readable outputs built from the same model: codes.json, sitemap.xml, robots.txt."""

from __future__ import annotations

import json
from dataclasses import asdict
from html import escape

from .model import Site, StatusClass, StatusCode
from .render import NOT_FOUND_PAGE
from .urls import output_file


def code_record(code: StatusCode, base_url: str) -> dict:
    """Every front-matter field under its front-matter name, plus where the page lives."""
    return {
        "code": code.code,
        "name": code.name,
        "class": code.status_class,
        "status": code.status,
        "source": asdict(code.source) if code.source else None,
        "spec_text": code.spec_text,
        "vendor": asdict(code.vendor) if code.vendor else None,
        "summary": code.summary,
        "former_names": [asdict(item) for item in code.former_names],
        "related": list(code.related),
        "headers": [asdict(item) for item in code.headers],
        "cacheable": code.cacheable,
        "cache_note": code.cache_note,
        "content_allowed": code.content_allowed,
        "constants": dict(code.constants),
        "keywords": list(code.keywords),
        "url": code.url,
        "permalink": base_url + code.url,
    }


def class_record(status_class: StatusClass, base_url: str) -> dict:
    return {
        "class": status_class.key,
        "name": status_class.name,
        "source": asdict(status_class.source),
        "spec_text": status_class.spec_text,
        "summary": status_class.summary,
        "keywords": list(status_class.keywords),
        "url": status_class.url,
        "permalink": base_url + status_class.url,
    }


def codes_json(site: Site) -> str:
    base = site.config.base_url
    data = {
        "title": site.config.title,
        "base_url": base,
        "classes": [class_record(item, base) for item in site.classes],
        "codes": [code_record(item, base) for item in site.codes],
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def sitemap_xml(site: Site) -> str:
    paths = [""] + [item.url for item in site.classes] + [item.url for item in site.codes]
    entries = "".join(f"  <url><loc>{escape(site.config.base_url + path, quote=False)}</loc></url>\n" for path in paths)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{entries}</urlset>\n'


def robots_txt(site: Site) -> str:
    return f"User-agent: *\nDisallow: /{output_file(NOT_FOUND_PAGE)}\n\nSitemap: {site.config.base_url}sitemap.xml\n"
