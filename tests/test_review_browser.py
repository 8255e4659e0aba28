"""The review report and the labelling page in a real browser (headless Chromium through Selenium).

Needs Debian's ``chromium`` and ``chromium-driver`` (``/usr/bin/chromium``,
``/usr/bin/chromedriver``) and the ``selenium`` package; without them the
tests are skipped, unless ``DETECTOR_BROWSER_TESTS=required`` makes that a
failure (as in CI). Screenshots go to each test's temporary directory and,
when ``DETECTOR_SCREENSHOTS`` names a directory, there as well.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from detector.batch import BatchOptions, Settings, run_batch
from detector.corpus.user_labels import read_user_labels
from detector.detector import Detector
from detector.review.build import ReviewOptions
from detector.review.label_blocks import blocks_to_label
from detector.review.label_server import LabelServer
from detector.review.label_store import LabelStore
from detector.review.write import write_report
from tests.conftest import EXAMPLES
from tests.helpers import HOSTILE, review_corpus

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ARGUMENTS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
)
WIDTH, HEIGHT = 1280, 1240


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One headless Chromium for the module, with a fresh profile; nothing is downloaded."""
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        missing.append("the selenium package (pip install -e '.[test]')")
    if missing:
        message = (
            f"browser tests need {', '.join(missing)}: install Debian's chromium and chromium-driver "
            "(apt-get install chromium chromium-driver)"
        )
        if os.environ.get("DETECTOR_BROWSER_TESTS") == "required":
            pytest.fail(message)
        pytest.skip(message)
    profile = tempfile.mkdtemp(prefix="detector-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in (*ARGUMENTS, f"--user-data-dir={profile}", f"--window-size={WIDTH},{HEIGHT}"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def screenshot(driver: Any, folder: Path, name: str) -> Path:
    path = folder / name
    assert driver.save_screenshot(str(path)) and path.stat().st_size > 20_000
    target = os.environ.get("DETECTOR_SCREENSHOTS")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(target) / name)
    return path


def wait_for(condition: Callable[[], Any], timeout: float = 10.0) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(0.05)


def removed_name(entry: dict[str, Any]) -> str:
    return entry["label"] + (f"/{entry['kind']}" if entry["kind"] else "")


def test_report_of_batch_output_strikes_removed_blocks_and_counts_them(
    browser: Any, tmp_path: Path, default_detector: Detector
) -> None:
    from selenium.webdriver.common.by import By

    corpus = review_corpus(tmp_path)
    cleaned = tmp_path / "clean.jsonl"
    run_batch(str(corpus), cleaned, BatchOptions(workers=1), detector=default_detector)
    audits = [json.loads(line)["detector"] for line in cleaned.read_text(encoding="utf-8").splitlines()]
    expected = Counter(removed_name(e) for a in audits for e in a["removed"])
    report = tmp_path / "report.html"
    write_report(str(cleaned), report, ReviewOptions(), lambda: default_detector)
    browser.get(report.as_uri())

    struck = browser.find_elements(By.CSS_SELECTOR, ".blk.removed")
    assert len(struck) == sum(expected.values()) > 5
    for element in struck:
        assert element.tag_name == "del"
        assert "line-through" in element.value_of_css_property("text-decoration-line")
    counts = {
        e.get_attribute("data-name"): int(e.text)
        for e in browser.find_elements(By.CSS_SELECTOR, "#removed-chart .count")
    }
    assert {name: n for name, n in counts.items() if n} == dict(expected)
    assert browser.execute_script("return typeof window.pwned") == "undefined"
    hostile = browser.find_element(By.CSS_SELECTOR, "#doc-6 .text")
    assert "<script>window.pwned = 1</script>" in hostile.text
    assert hostile.get_attribute("textContent") == HOSTILE

    with_ads = sum(any(removed_name(e) == "promo/ad" for e in a["removed"]) for a in audits)
    shown = browser.find_element(By.ID, "shown")
    assert shown.text == "7 of 7 documents shown"
    for name, value in (
        ("label", "content"),
        ("label", "boilerplate"),
        *(("kind", k) for k in ("native", "self_promo", "affiliate")),
    ):
        browser.find_element(By.CSS_SELECTOR, f'input[name="{name}"][value="{value}"]').click()
    assert 0 < with_ads < 7 and shown.text == f"{with_ads} of 7 documents shown"
    visible = [a for a in browser.find_elements(By.CSS_SELECTOR, "article.doc") if a.is_displayed()]
    assert len(visible) == with_ads
    browser.find_element(By.CSS_SELECTOR, 'button[type="reset"]').click()
    assert wait_for(lambda: shown.text == "7 of 7 documents shown")
    assert browser.find_element(By.ID, "download").get_attribute("href").startswith("blob:")


def test_report_of_documents_shows_why_a_block_was_removed(
    browser: Any, tmp_path: Path, default_detector: Detector, monkeypatch: pytest.MonkeyPatch
) -> None:
    from selenium.webdriver.common.by import By

    monkeypatch.chdir(tmp_path)  # the page names its input as given: "corpus.jsonl"
    corpus = review_corpus(tmp_path)
    ferry = (EXAMPLES / "ferry_strike.txt").read_text(encoding="utf-8")
    lines = corpus.read_text(encoding="utf-8")
    corpus.write_text(json.dumps({"id": "ferry_strike", "text": ferry}) + "\n" + lines, encoding="utf-8")
    report = tmp_path / "report.html"
    options = ReviewOptions(settings=Settings(input_format="text"))
    written = write_report(corpus.name, report, options, lambda: default_detector)
    browser.get(report.as_uri())
    kept = browser.find_elements(By.CSS_SELECTOR, "span.blk.kept")
    assert len(kept) == sum(len(d.blocks) - len(d.removed) for d in written.documents)
    assert all("line-through" not in k.value_of_css_property("text-decoration-line") for k in kept[:20])
    ad = browser.find_element(By.XPATH, '//*[@id="doc-0"]//del[contains(., "SkyHop")]')
    assert "l-promo" in ad.get_attribute("class") and "p(remove)" in ad.get_attribute("title")
    ad.click()
    details = browser.find_element(By.ID, "details")
    assert details.is_displayed()
    assert browser.find_element(By.ID, "details-title").text.startswith("promo/")
    features = browser.find_elements(By.CSS_SELECTOR, "#details-features li")
    expected = next(b for b in written.documents[0].blocks if "SkyHop" in b.text).features
    assert [f.text.split("\n")[-1] for f in features] == [name for name, _ in expected]
    browser.execute_script("window.scrollTo(0, 0)")
    assert details.is_displayed() and ad.is_displayed()
    screenshot(browser, tmp_path, "review.png")
    browser.find_element(By.ID, "details-close").click()
    assert not details.is_displayed()


@pytest.fixture
def label_server(
    tmp_path: Path, default_detector: Detector, monkeypatch: pytest.MonkeyPatch
) -> Iterator[LabelServer]:
    monkeypatch.chdir(tmp_path)  # the page names its file as given: "labels.jsonl"
    corpus = review_corpus(tmp_path, documents=2)
    ferry = json.dumps({"id": "ferry_strike", "text": (EXAMPLES / "ferry_strike.txt").read_text("utf-8")})
    corpus.write_text(ferry + "\n" + corpus.read_text(encoding="utf-8"), encoding="utf-8")
    blocks = blocks_to_label(str(corpus), lambda: default_detector, Settings(input_format="text"))
    server = LabelServer(LabelStore.open(Path("labels.jsonl"), blocks.rows), blocks, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join(5)


def test_labelling_page_labels_with_the_keyboard_undoes_and_saves(
    browser: Any, tmp_path: Path, label_server: LabelServer
) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    def press(*keys: str) -> None:
        for key in keys:
            ActionChains(browser).send_keys(key).perform()

    def current() -> int:
        return int(browser.execute_script("return document.body.dataset.current"))

    rows = label_server.store.rows
    assert [r["label"] for r in rows[3:6]] == ["content", "promo", "promo"] and rows[11][
        "label"
    ] == "boilerplate"
    browser.get(label_server.url)
    progress = browser.find_element(By.ID, "progress-text")
    assert progress.text == f"0 / {len(rows)} blocks labelled" and current() == 0
    press("c", "c", "c", "c", "p", "p", Keys.ENTER)  # the story, its advertisement, the story again
    assert current() == 7 and progress.text == f"7 / {len(rows)} blocks labelled"
    press("j", "j", "j", "j", "b")  # the share line, then the next document
    assert current() == 12
    press("c", "z")
    assert current() == 12 and progress.text == f"8 / {len(rows)} blocks labelled"
    press(Keys.ARROW_UP, "k", "j", Keys.ARROW_DOWN, Keys.ARROW_UP)
    assert current() == 11
    press("u")
    labelled = {0, 1, 2, 3, 4, 5, 6, 11}
    threshold = label_server.blocks.documents[0].threshold
    unlabelled = [i for i in range(len(rows)) if i not in labelled]
    uncertain = min(unlabelled, key=lambda i: (abs(rows[i]["probability"] - threshold), i))
    assert current() == uncertain
    press("3")
    ActionChains(browser).key_down(Keys.CONTROL).send_keys("z").key_up(Keys.CONTROL).perform()
    assert current() == uncertain and progress.text == f"8 / {len(rows)} blocks labelled"
    status = browser.find_element(By.ID, "save-status")
    assert wait_for(lambda: status.text == "saved")

    def saved() -> list[str]:
        lines = label_server.store.out.read_text(encoding="utf-8").splitlines()
        return [json.loads(line)["gold"] for line in lines]

    # "p" takes the kind the model predicted for the block.
    promo = [f"promo/{rows[i]['kind']}" for i in (4, 5)]
    expected = ["content"] * 4 + promo + ["content"] + [""] * 4 + ["boilerplate"]
    assert wait_for(lambda: saved() == expected + [""] * (len(rows) - len(expected)))
    (document,) = read_user_labels([label_server.store.out])
    assert document.id == "user:corpus.jsonl:ferry_strike"
    assert [(b.label, b.kind) for b in document.blocks[3:6]] == [
        ("content", None),
        ("promo", rows[4]["kind"]),
        ("promo", rows[5]["kind"]),
    ]
    chip = browser.find_element(By.CSS_SELECTOR, "#row-4 .gold .chip")
    assert chip.text == promo[0] and "suggested" not in chip.get_attribute("class")
    assert "suggested" in browser.find_element(By.CSS_SELECTOR, "#row-7 .gold .chip").get_attribute("class")
    browser.execute_script("window.scrollTo(0, 0)")
    browser.find_element(By.ID, "row-7").click()
    assert current() == 7
    screenshot(browser, tmp_path, "label.png")
