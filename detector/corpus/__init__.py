"""Labelled data: reading LABELS.md files, injecting inserts, splitting by source."""
