"""The link helper: relative links from any page, folder or file style, or from the root."""

import posixpath

from statussite.urls import Links, output_file


def test_links_from_the_home_page():
    link = Links("")
    assert [link(""), link("404/"), link("static/style.css"), link("4xx/#codes")] == ["./", "404/", "static/style.css", "4xx/#codes"]


def test_links_from_a_code_page():
    link = Links("404/")
    assert [link(""), link("410/"), link("404/"), link("404/#example"), link("static/a.css")] == ["../", "../410/", "./", "#example", "../static/a.css"]


def test_links_for_reading_from_disk_name_the_file():
    link = Links("404/", directory_urls=False)
    assert [link(""), link("410/"), link("410/#x"), link("codes.json")] == ["../index.html", "../410/index.html", "../410/index.html#x", "../codes.json"]


def test_links_from_the_root_for_the_not_found_page():
    link = Links("not-found.html", root="/docs/")
    assert [link(""), link("404/"), link("static/a.css")] == ["/docs/", "/docs/404/", "/docs/static/a.css"]


def test_output_files():
    assert [output_file(""), output_file("404/"), output_file("not-found.html")] == ["index.html", "404/index.html", "not-found.html"]


def test_relative_links_are_what_posixpath_relpath_gives():
    paths = ["", "404/", "4xx/", "a/", "a/b/", "a/c/", "a/b/c.html", "static/style.css", "not-found.html", "codes.json"]
    for page in paths:
        folder = page if page.endswith("/") else posixpath.dirname(page)
        for target in paths:
            expected = posixpath.relpath(target or ".", folder or ".")
            if target == "" or target.endswith("/"):
                expected = "./" if expected == "." else expected + "/"
            assert Links(page)(target) == expected, (page, target)
