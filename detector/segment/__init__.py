"""Segmenters split a document into blocks that keep offsets into the original."""

from detector.segment.text import Segment, segment_text

__all__ = ["Segment", "segment_text"]
