"""Seeing what the cleaner did, and labelling blocks quickly.

``detector review`` writes one self-contained HTML report of sampled
documents with their removed blocks struck through (``build`` reads the
documents, ``report`` holds the data, ``render`` writes the page);
``detector label`` serves a local page for labelling blocks with the keyboard
(``label_server``), saved as an export file that ``detector train --data``
reads (``label_store``).
"""
