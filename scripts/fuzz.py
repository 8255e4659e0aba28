"""Coverage-guided fuzzing (atheris, libFuzzer) of the text segmenter, the HTML segmenter and clean.

Each target checks the library's promises on every input, not only that it
does not crash: no exception escapes but the documented ``DetectorError``
types; text blocks are in order, inside the document and byte-identical to
it; cleaned text never holds a paragraph the input did not have, in the
input's order. A failing input is written by libFuzzer as ``crash-*`` in
``--artifacts`` and becomes a regression test in ``tests/test_fuzz_regressions.py``.

    pip install atheris
    python scripts/fuzz.py text --seconds 600
    python scripts/fuzz.py html --seconds 600
    python scripts/fuzz.py clean --seconds 600

The figures of the last runs (inputs tried, crashes found) are in the README.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["detector"]):
    from detector.detector import Detector
    from detector.errors import DetectorError
    from detector.page import read_page
    from detector.segment import segment_text

REPO = Path(__file__).resolve().parents[1]
TOKENS = (
    "<p>", "</p>", "<div>", "</div>", "<br>", "<br/>", "<span>", "<a href='x'>", "</a>", "<li>", "<ul>",
    "<table><tr><td>", "<script>", "</script>", "<style>", "<!--", "-->", "<![CDATA[", "]]>", "<html>",
    "<body>", "<head>", "<meta charset='latin-1'>", "<?xml version='1.0'?>", "&amp;", "&#x0;", "&nbsp;",
    "<aside class='ad-slot'>", "hidden", "style='display:none'", "\r\n", "\n\n", "\u2028", "\ufeff",
    "Advertisement", "Sponsored",
)  # fmt: skip


def check_blocks(text: str, spans: list[tuple[int, int]]) -> None:
    position = 0
    for start, end in spans:
        assert position <= start < end <= len(text), (start, end, len(text))
        position = end


def kept_in_order(output: str, source: str) -> bool:
    position = 0
    for paragraph in (p.strip() for p in output.split("\n\n")):
        if not paragraph:
            continue
        found = source.find(paragraph, position)
        if found < 0:
            return False
        position = found + len(paragraph)
    return True


def fuzz_text(data: bytes) -> None:
    text = atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(len(data))
    check_blocks(text, list(segment_text(text)))


def fuzz_html(data: bytes) -> None:
    page = read_page(data)
    for block, (start, end) in zip(page.blocks, page.spans):
        assert page.text[start:end] == block.text


DETECTOR: Detector | None = None


def fuzz_clean(data: bytes) -> None:
    assert DETECTOR is not None
    if not data:
        return
    as_html = data[0] % 2 == 1
    document = data[1:]
    try:
        if as_html:
            DETECTOR.clean(document, input_format="html")
            return
        text = document.decode("utf-8")
    except (DetectorError, UnicodeDecodeError):
        return
    try:
        cleaned = DETECTOR.clean(text, input_format="text")
    except DetectorError:
        return
    assert kept_in_order(cleaned, text), "cleaning invented or reordered text"
    for block in DETECTOR.classify(text, "text"):
        assert text[block.start : block.end] == block.text


def dictionary_entry(token: str) -> str:
    """A token as libFuzzer's dictionary format writes it: printable ASCII, other bytes as \\xNN."""
    return "".join(
        chr(b) if 32 <= b < 127 and chr(b) not in '"\\' else f"\\x{b:02x}" for b in token.encode("utf-8")
    )


TARGETS = {"text": fuzz_text, "html": fuzz_html, "clean": fuzz_clean}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("target", choices=sorted(TARGETS))
    parser.add_argument("--seconds", type=int, default=300, help="Fuzzing time (libFuzzer -max_total_time).")
    parser.add_argument("--artifacts", type=Path, default=Path("fuzz-artifacts"), help="Where crashes go.")
    parser.add_argument("--max-len", type=int, default=8192, help="Largest input tried, in bytes.")
    args = parser.parse_args()
    global DETECTOR
    if args.target == "clean":
        DETECTOR = Detector.load(time_budget=None)
    args.artifacts.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="detector-fuzz-"))
    seeds = work / "seeds"
    seeds.mkdir()
    example = (REPO / "examples" / "ferry_strike.txt").read_bytes()
    (seeds / "text").write_bytes(b"\x00" + example)
    (seeds / "page").write_bytes(
        b"\x01<html><body><p>" + example.replace(b"\n\n", b"</p><p>") + b"</p></body></html>"
    )
    dictionary = work / "tokens.dict"
    dictionary.write_text("".join(f'"{dictionary_entry(t)}"\n' for t in TOKENS), encoding="ascii")
    argv = [
        sys.argv[0],
        str(seeds),
        f"-max_total_time={args.seconds}",
        f"-max_len={args.max_len}",
        f"-dict={dictionary}",
        f"-artifact_prefix={args.artifacts}/",
        "-print_final_stats=1",
        "-timeout=30",
        "-rss_limit_mb=4096",
    ]
    atheris.Setup(argv, TARGETS[args.target])
    atheris.Fuzz()


if __name__ == "__main__":
    main()
