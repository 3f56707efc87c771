"""Front-matter text is data: HTML in it is escaped on every page and left as is in codes.json."""

from __future__ import annotations

import json

from conftest import run

HOSTILE = "<script>alert(1)</script> & <b>bold</b>"


def test_html_in_front_matter_is_escaped_everywhere(project, tmp_path):
    path = project / "content/codes/404.md"
    text = path.read_text(encoding="utf-8")
    start = text.index("summary: >-")
    end = text.index("former_names:")
    text = text[:start] + f"summary: '{HOSTILE}'\n" + text[end:]
    text = text.replace("name: Not Found", 'name: "Not <i>Found</i>"')
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    result = run(project, "build", "--out", str(out))
    assert result.returncode == 0, result.stderr

    pages = [out / "index.html", out / "4xx" / "index.html", out / "404" / "index.html", out / "403" / "index.html", out / "405" / "index.html"]
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert "<script>alert(1)</script>" not in html and "<i>Found</i>" not in html, page
        assert "Not &lt;i&gt;Found&lt;/i&gt;" in html, page
    code_page = (out / "404" / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in code_page
    assert 'content="&lt;script&gt;' in code_page  # the meta description too

    record = next(item for item in json.loads((out / "codes.json").read_text())["codes"] if item["code"] == 404)
    assert record["summary"] == HOSTILE
    assert record["name"] == "Not <i>Found</i>"
