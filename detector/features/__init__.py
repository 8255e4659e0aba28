"""Feature extraction: style of a block, its context in the document, the frame they read."""

FEATURE_SET = 1
"""The version of the features a model is trained on, recorded in its card.

Raise it whenever a change makes a feature's value differ for the same input
(a new lexicon entry, another tokeniser): a model trained on other values
would mispredict silently, so the loader refuses a model whose card names
another feature set.
"""
