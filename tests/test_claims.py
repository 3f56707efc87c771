"""The claims report (statussite/claims.py, `python build.py claims`): a sentence that names a
product is listed at its line and column unless a link in it or its paragraph leads to an
external source or to this site's measurements; planted sentences with and without one."""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT, run
from statussite.claims import claims

PLANTED = """---
code: 600
name: Planted
summary: >-
  A planted code. Fastly sends it for fun.
---
## Sources and none

curl retries a 502 by default.

[curl's manual](https://curl.se/docs/manpage.html#--retry) says that `--retry`
retries a 502.

Go answers 431 for large headers. What it does is
[measured](#clients).

```text
nginx inside a code block is no claim
```

- Cloudflare sends 520 ([its documentation](https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/)).
- Akamai sends 503 when it likes.
- Apache also answers [404](/404/), which is no source.

Laravel answers [419](/601/) for an expired token.
"""

VENDOR = """---
code: 601
name: Vendor
vendor:
  name: Laravel
  note: Laravel's code for an expired token.
  url: https://laravel.com/docs/csrf
summary: >-
  Laravel sends it. Laravel is the vendor.
---
## When to use it

Laravel answers it when the token expired.
"""


def planted(tmp_path: Path) -> Path:
    codes = tmp_path / "content/codes"
    codes.mkdir(parents=True)
    (codes / "600.md").write_text(PLANTED, encoding="utf-8")
    (codes / "601.md").write_text(VENDOR, encoding="utf-8")
    return tmp_path


def test_unsourced_sentences_are_listed_at_their_line_and_column(tmp_path: Path) -> None:
    found = [claim for claim in claims(planted(tmp_path)) if not claim.vendor_note]
    assert [(claim.path, claim.line, claim.col, claim.products) for claim in found] == [
        ("content/codes/600.md", 5, 19, ("Fastly",)),
        ("content/codes/600.md", 9, 1, ("curl",)),
        ("content/codes/600.md", 22, 3, ("Akamai",)),
        ("content/codes/600.md", 23, 3, ("Apache",)),
    ]


def test_claims_about_the_pages_own_vendor_rest_on_its_vendor_note(tmp_path: Path) -> None:
    """The body's claim is counted apart; the summary's (plain text, no link possible) is
    sourced by the vendor note outright, and so is a link to the vendor's code page (line 25)."""
    noted = [(claim.path, claim.line) for claim in claims(planted(tmp_path)) if claim.vendor_note]
    assert noted == [("content/codes/601.md", 13)]


def test_the_command_prints_each_claim_and_the_count_and_exits_0(tmp_path: Path) -> None:
    result = run(planted(tmp_path), "claims")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("content/codes/600.md:5:19: Fastly named with no source"), lines
    assert lines[-1].startswith("4 sentences name a product with no source"), lines
    assert "(1 more name only the page's own vendor" in lines[-1]


def test_the_real_content_is_read_and_counted() -> None:
    found = claims(ROOT)
    assert all(Path(ROOT / claim.path).is_file() and claim.line > 0 and claim.col > 0 for claim in found)
    assert any(claim.vendor_note for claim in found), "no vendor page was read"


def test_the_real_content_names_no_product_without_a_source() -> None:
    """The report reached none (issue #26's goal); a new unsourced claim fails here, listed."""
    unsourced = [str(claim) for claim in claims(ROOT) if not claim.vendor_note]
    assert unsourced == [], "\n".join(unsourced)
