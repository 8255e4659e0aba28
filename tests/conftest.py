"""Shared fixtures: paths to the shared seed case and a small trained model."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLES = REPO / "examples"
SMALL_MODEL_PAGES = 60
"""Generated pages the small model's HTML part trains on."""
SMALL_MODEL_MEMBERS = 2
"""Text models of the small model (averaged; see ``detector.model.ensemble``)."""
SMALL_MODEL_SEED = 7
"""The small model's seed: member ``i`` is trained with ``SMALL_MODEL_SEED + i``."""


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "examples" / "seed_article.txt").exists():
        pytest.fail(f"the shared folder with the seed case must sit beside the repository ({SHARED})")
    return SHARED


@pytest.fixture(scope="session")
def default_detector():
    import detector

    return detector.default_detector()


@pytest.fixture(scope="session")
def small_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A model trained on a slice of the corpus: fast, and independent of the bundled one."""
    from tests.helpers import small_corpus

    out = tmp_path_factory.mktemp("model") / "small"
    train_small_model(small_corpus(tmp_path_factory.mktemp("data")), out)
    return out


def train_small_model(data: Path, out: Path) -> None:
    """Train the small model's recipe on ``data`` into ``out`` (same data and seed, same model)."""
    from detector.train import train

    train(
        data,
        out,
        seed=SMALL_MODEL_SEED,
        select=False,
        progress=lambda _: None,
        html_pages=SMALL_MODEL_PAGES,
        members=SMALL_MODEL_MEMBERS,
    )
