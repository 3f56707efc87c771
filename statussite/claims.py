"""Claims about named products and where they are sourced: a report, not a gate.

What a named client, server, proxy, CDN, library or vendor does must be measured here or
cited from the vendor's own documentation or source (docs/content.md, "Claims about
products"). This lists every sentence of a content body or of its prose front-matter
(summaries, the comparisons' facts, the guide's answers) that names one of `PRODUCTS` with no
source: no link, in the sentence or its paragraph, to an external page or to this site's
measurements (`/clients/`, `#clients`, `#send`, `#constants`, `#grpc`, `#iis`, `#vendor`).

A link to a vendor code's page (`/499/`) sources what it says about that code's vendor, whose
documentation that page links. Front-matter prose is plain text and cannot link, so a product
it names counts as sourced when the same file's body names that product in a sourced
paragraph, or when it is the vendor of the page (whose vendor note carries the vendor's link).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from .kinds import CODES, KINDS
from .load import Document, load_content
from .pages import content_sources

# Every named product the report looks for, in one place: (name shown, pattern in the text).
# Patterns are case-sensitive; the ones for ordinary words ("requests", "Go": not "Go back", "Go by") are narrowed.
PRODUCT_PATTERNS: tuple[tuple[str, str], ...] = (
    # servers, proxies, load balancers
    ("nginx", r"\b[Nn]ginx\b"),
    ("Apache", r"\bApache\b"),
    ("IIS", r"\bIIS\b"),
    ("Tomcat", r"\bTomcat\b"),
    ("HAProxy", r"\bHAProxy\b"),
    ("Envoy", r"\bEnvoy\b"),
    ("Varnish", r"\bVarnish\b"),
    ("Squid", r"\bSquid\b"),
    ("Caddy", r"\bCaddy\b"),
    ("Traefik", r"\bTraefik\b"),
    ("Kestrel", r"\bKestrel\b"),
    ("cPanel", r"\bcPanel\b"),
    # CDNs and clouds
    ("Cloudflare", r"\bCloudflare\b"),
    ("Railgun", r"\bRailgun\b"),
    ("Akamai", r"\bAkamai\b"),
    ("Fastly", r"\bFastly\b"),
    ("CloudFront", r"\bCloudFront\b"),
    ("AWS", r"\bAWS\b|\bAmazon\b|\bApplication Load Balancer\b|\bALB\b"),
    ("Azure", r"\bAzure\b"),
    ("Google", r"\bGoogle(?:bot)?\b"),
    ("Netlify", r"\bNetlify\b"),
    # browsers and clients
    ("Chrome", r"\bChrom(?:e|ium)\b"),
    ("Firefox", r"\bFirefox\b"),
    ("Safari", r"\bSafari\b"),
    ("Internet Explorer", r"\bInternet Explorer\b"),
    ("curl", r"\bcurl\b"),
    ("wget", r"\b[Ww]get\b"),
    ("requests", r"`requests`|Python's requests\b|\brequests(?=, (?:aiohttp|httpx|urllib))|(?<=\()requests\b|(?<=and )requests(?=[,.])"),
    ("httpx", r"\bhttpx\b"),
    ("aiohttp", r"\baiohttp\b"),
    ("urllib", r"\burllib3?\b"),
    ("axios", r"\baxios\b"),
    ("Node.js", r"\bNode(?:\.js)?(?:'s)?\b"),
    ("OkHttp", r"\bOkHttp\b"),
    ("Outlook", r"\bOutlook\b"),
    ("Windows", r"\bWindows\b"),
    # frameworks and libraries
    ("Django", r"\bDjango\b"),
    ("Flask", r"\bFlask\b"),
    ("FastAPI", r"\bFastAPI\b"),
    ("Express", r"\bExpress\b"),
    ("Laravel", r"\bLaravel\b"),
    ("Symfony", r"\bSymfony\b"),
    ("Rails", r"\bRails\b"),
    ("Spring", r"\bSpring\b"),
    ("ASP.NET", r"\bASP\.NET\b|\.NET\b"),
    ("WordPress", r"\bWordPress\b"),
    ("Python", r"\bPython\b"),
    ("Go", r"\bGo\b(?!\s+(?:ahead|back|by|to|with|on)\b)"),
    ("Java", r"\bJava\b"),
    ("PHP", r"\bPHP\b"),
    ("Ruby", r"\bRuby\b"),
    ("Rust", r"\bRust\b"),
    ("Perl", r"\bPerl\b"),
    # vendors and services
    ("Microsoft", r"\bMicrosoft\b|\bExchange\b"),
    ("Twitter", r"\bTwitter\b"),
    ("Shopify", r"\bShopify\b"),
    ("Stripe", r"\bStripe\b"),
    ("GitHub", r"\bGitHub\b"),
    ("Esri", r"\bEsri\b|\bArcGIS\b"),
    ("Qualys", r"\bQualys\b|\bSSL Labs\b"),
    ("Anthropic", r"\bAnthropic\b"),
    ("Wikipedia", r"\bWikipedia\b"),
    ("Mozilla", r"\bMozilla\b"),
    ("Apple", r"\bApple\b"),
)
PRODUCTS = re.compile("|".join(f"(?P<p{index}>{pattern})" for index, (_, pattern) in enumerate(PRODUCT_PATTERNS)))

# Front-matter keys whose values are prose shown on a page.
PROSE_KEYS = frozenset({"summary", "means", "fault", "client", "why", "answer"})
# Links to this site's own measurements and cited tables count as a source.
MEASURED = re.compile(r"(?:^|/)(?:clients|servers)/|#(?:clients|servers|send|constants|grpc|iis|vendor)(?:-|$)")
LINK = re.compile(r"\]\(\s*<?([^)\s>]+)")
CODE_PAGE = re.compile(r"^/(\d{3})/$")
SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]*_]*\s+(?=[\"'(\[*_`]*[A-Z0-9])")
BLOCK_START = re.compile(r"^\s*(?:[-*+]|\d+\.)\s|^\s*\|")
FENCE = re.compile(r"^\s*(```|~~~)")
BLOCK_SCALAR = re.compile(r"^[>|][-+]?\s*$")


@dataclass(frozen=True)
class Segment:
    """One line of a paragraph: its text and where its first character stands in the file."""

    line: int
    col: int
    text: str


@dataclass(frozen=True)
class Paragraph:
    """A block of prose (a paragraph, a list item, a table row or a front-matter value)."""

    segments: tuple[Segment, ...]
    plain: bool = False  # front-matter prose: plain text, no links possible

    @property
    def text(self) -> str:
        return "\n".join(segment.text for segment in self.segments)

    def position(self, offset: int) -> tuple[int, int]:
        """File line and column of the character at `offset` in `text`."""
        for segment in self.segments:
            if offset <= len(segment.text):
                return segment.line, segment.col + offset
            offset -= len(segment.text) + 1
        last = self.segments[-1]
        return last.line, last.col + len(last.text)

    @property
    def sourced(self) -> bool:
        return any(is_source(url) for url in LINK.findall(self.text))

    def linked_vendors(self, vendors: Mapping[int, frozenset[str]]) -> frozenset[str]:
        """The products named by the vendor notes of the code pages this paragraph links to."""
        pages = (CODE_PAGE.match(url) for url in LINK.findall(self.text))
        return frozenset(name for page in pages if page for name in vendors.get(int(page.group(1)), ()))


@dataclass(frozen=True)
class Claim:
    """A sentence naming products with no source in the sentence or its paragraph."""

    path: str
    line: int
    col: int
    products: tuple[str, ...]
    sentence: str
    vendor_note: bool = False  # every product named is the page's vendor, cited in its vendor note

    def __str__(self) -> str:
        quoted = " ".join(self.sentence.split())
        quoted = quoted if len(quoted) <= 90 else quoted[:87] + "..."
        return f"{self.path}:{self.line}:{self.col}: {', '.join(self.products)} named with no source in the sentence or its paragraph: {quoted!r}"


def is_source(url: str) -> bool:
    """An external page, or this site's measurements of clients, snippets and constants."""
    return url.startswith(("http://", "https://")) or bool(MEASURED.search(url))


def products_in(text: str) -> list[tuple[int, str]]:
    """(offset, product name) for every product named in `text`, in order."""
    found = []
    for match in PRODUCTS.finditer(text):
        index = int(next(name for name, value in match.groupdict().items() if value is not None)[1:])
        found.append((match.start(), PRODUCT_PATTERNS[index][0]))
    return found


def sentences(text: str) -> Iterator[tuple[int, str]]:
    """(offset, sentence) for each sentence of a paragraph's text."""
    start = 0
    for end in SENTENCE_END.finditer(text):
        yield start, text[start : end.start()]
        start = end.end()
    if text[start:].strip():
        yield start, text[start:]


def body_paragraphs(body: str, first_line: int) -> Iterator[Paragraph]:
    """The prose blocks of a Markdown body: code fences and headings left out, each list item
    and table row a block of its own."""
    block: list[Segment] = []
    fenced = False
    for number, line in enumerate(body.split("\n"), start=first_line):
        if FENCE.match(line):
            fenced = not fenced
        starts_block = not line.strip() or fenced or FENCE.match(line) or line.startswith("#") or BLOCK_START.match(line)
        if starts_block and block:
            yield Paragraph(tuple(block))
            block = []
        if line.strip() and not fenced and not FENCE.match(line) and not line.startswith("#"):
            indent = len(line) - len(line.lstrip())
            block.append(Segment(number, indent + 1, line.strip()))
    if block:
        yield Paragraph(tuple(block))


def front_paragraphs(document: Document, lines: list[str]) -> Iterator[Paragraph]:
    """Each prose value of the front-matter as a plain paragraph, with its file positions."""
    for path, spot in document.front.spots.items():
        if not path or path[-1] not in PROSE_KEYS or spot.line > len(lines):
            continue
        key_line = lines[spot.line - 1]
        key_at = key_line.find(f"{path[-1]}:", max(spot.col - 1, 0))
        if key_at < 0:
            continue
        indent = len(key_line) - len(key_line.lstrip(" -"))
        rest_at = key_at + len(str(path[-1])) + 1
        rest = key_line[rest_at:]
        segments = (
            [] if BLOCK_SCALAR.match(rest.strip()) or not rest.strip() else [Segment(spot.line, rest_at + len(rest) - len(rest.lstrip()) + 1, rest.strip())]
        )
        for number in range(spot.line + 1, len(lines) + 1):
            line = lines[number - 1]
            if line.strip() and len(line) - len(line.lstrip()) <= indent:
                break
            if line.strip():
                segments.append(Segment(number, len(line) - len(line.lstrip()) + 1, line.strip()))
        if segments:
            yield Paragraph(tuple(segments), plain=True)


def vendor_products(document: Document) -> frozenset[str]:
    """The products that the page's own vendor note (which carries the vendor's link) names."""
    vendor = document.front.data.get("vendor")
    if not isinstance(vendor, dict) or not vendor.get("url"):
        return frozenset()
    return frozenset(name for _, name in products_in(f"{vendor.get('name', '')} {vendor.get('note', '')}"))


def document_claims(document: Document, lines: list[str], vendors: Mapping[int, frozenset[str]]) -> list[Claim]:
    """The unsourced claims of one content file, in file order; those about the page's own
    vendor only are marked `vendor_note` (sourced one section up, not in their paragraph)."""
    body = list(body_paragraphs(document.body, document.body_line))
    vendor = vendor_products(document)
    covered = vendor | {name for paragraph in body if paragraph.sourced for _, name in products_in(paragraph.text)}
    found: list[Claim] = []
    for paragraph in [*front_paragraphs(document, lines), *body]:
        if paragraph.sourced:
            continue
        text, linked = paragraph.text, paragraph.linked_vendors(vendors)
        for start, sentence in sentences(text):
            named = [(offset, name) for offset, name in products_in(sentence) if name not in linked and not (paragraph.plain and name in covered)]
            if not named:
                continue
            line, col = paragraph.position(start + named[0][0])
            products = tuple(dict.fromkeys(name for _, name in named))
            found.append(Claim(document.path, line, col, products, sentence, vendor_note=set(products) <= vendor))
    return sorted(found, key=lambda claim: (claim.line, claim.col))


def claims(root: Path) -> list[Claim]:
    """Every unsourced claim in the code, class, comparison and guide files under `root`."""
    content, _ = load_content(root, content_sources())
    codes = content.documents(CODES.key)
    vendors = {int(document.front.data["code"]): vendor_products(document) for document in codes if isinstance(document.front.data.get("code"), int)}
    found: list[Claim] = []
    for document in [document for kind in KINDS if kind.has_bodies for document in content.documents(kind.key)]:
        lines = (root / document.path).read_text(encoding="utf-8").replace("\r\n", "\n").split("\n")
        found.extend(document_claims(document, lines, vendors))
    return found


def report(found: list[Claim]) -> list[str]:
    """The report's lines: each unsourced claim, then the counts."""
    listed = [str(claim) for claim in found if not claim.vendor_note]
    noted = len(found) - len(listed)
    return [
        *listed,
        f"{len(listed)} sentences name a product with no source in the sentence or its paragraph ({noted} more name only the page's own vendor, cited in its vendor note)",
    ]
