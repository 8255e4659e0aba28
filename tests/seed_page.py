"""The seed article as a news site would publish it: site chrome around, the ad in ad markup.

The article's words are read from the shared seed case; the chrome and the
markup are ours. The ad paragraphs are the seed's paragraphs that the expected
output does not keep.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

HEAD = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | The Meridian Ledger</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/site.4f2a.css">
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{title}"}}</script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"section": "world"}});</script>
</head>
<body class="article-page">
<div class="cookie-notice" role="dialog"><p>We use cookies to measure how our journalism is read.
<button>Accept</button> <button>Manage settings</button></p></div>
<header class="site-header">
  <a class="logo" href="/">The Meridian Ledger</a>
  <nav class="main-nav" aria-label="Sections"><ul>
    <li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li>
    <li><a href="/business">Business</a></li><li><a href="/climate">Climate</a></li>
    <li><a href="/culture">Culture</a></li></ul></nav>
</header>
<main id="content">
<article class="story">
<div class="breadcrumbs"><a href="/">Home</a> › <a href="/world">World</a> ›
  <a href="/world/europe">Europe</a></div>
<h1 class="story__headline">{title}</h1>
<div class="story__meta"><span class="share-label">Share</span>
  <a class="share share--fb" href="#">Facebook</a> <a class="share share--x" href="#">X</a></div>
<div class="story__body">
"""

AD = """<div class="ad-unit ad-unit--inarticle" data-ad-slot="mid-1">
  <div class="ad-unit__label">Advertisement</div>
  <div class="native-card">
    <a class="native-card__link" href="https://example.com/c?id=4471" rel="sponsored nofollow">
      <h3 class="native-card__headline">{headline}</h3></a>
    <p class="native-card__body">{body}</p>
    <a class="native-card__cta" href="https://example.com/c?id=4471" rel="sponsored nofollow">
      <span class="native-card__repeat">{repeat}</span><br>
      <span class="native-card__sponsor">{sponsor}</span></a>
  </div>
  <ins class="adsbygoogle" data-ad-client="ca-pub-0000"></ins>
</div>
"""

FOOT = """</div>
</article>
<aside class="related" aria-label="Related stories"><h2>More from World</h2><ul>
  <li><a href="/world/1">Harbour talks stall over fishing quotas</a></li>
  <li><a href="/world/2">Ministers meet in Lisbon on rail links</a></li>
  <li><a href="/world/3">Drought forces river barges to lighten loads</a></li></ul></aside>
</main>
<footer class="site-footer"><p>© 2026 The Meridian Ledger. All rights reserved.</p>
<ul><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li>
<li><a href="/contact">Contact us</a></li></ul></footer>
</body>
</html>
"""


def seed_page(shared: Path) -> tuple[str, str]:
    """(page markup, expected text): the expected text is the expected paragraphs, blank-line separated."""
    seed = (shared / "examples" / "seed_article.txt").read_text(encoding="utf-8")
    expected = (shared / "examples" / "seed_article.expected.txt").read_text(encoding="utf-8")
    paragraphs = [p.strip() for p in seed.split("\n\n") if p.strip()]
    kept = [p.strip() for p in expected.split("\n\n") if p.strip()]
    ad = [p for p in paragraphs if p not in kept]
    headline, body, closing = ad
    repeat, sponsor = closing.split("\n")
    title, *story = kept
    parts = [HEAD.format(title=escape(title))]
    ad_after = paragraphs.index(ad[0]) - 1  # the ad sits after this many story paragraphs
    for index, paragraph in enumerate(story, start=1):
        parts.append(f"<p>{escape(paragraph)}</p>\n")
        if index == ad_after:
            fields = {"headline": headline, "body": body, "repeat": repeat, "sponsor": sponsor}
            parts.append(AD.format(**{name: escape(value) for name, value in fields.items()}))
    parts.append(FOOT)
    return "".join(parts), "\n\n".join(kept)
