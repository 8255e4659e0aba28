"""Site templates that render a labelled document as a labelled HTML page.

One module per family of sites (``news``, ``blog``, ``commerce``,
``community``, ``reference``, ``mail``, ``legacy``). They share:
``body`` (the document's blocks as units with roles, and their markup),
``chrome`` (furniture, marked boilerplate), ``promotion`` (the site's own
and third-party promotion, marked promo), ``regions`` (masthead, sidebar),
``head``, ``layout`` (assembly helpers), ``chrome_text`` with ``words``
(every visible string, per language), ``naming`` (class-name conventions)
and ``html`` (the node tree and its serialiser). ``detector.corpus.pages``
is the public entry point.
"""
