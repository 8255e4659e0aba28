"""Feature extraction: style of a block, its context in the document, the frame they read."""
