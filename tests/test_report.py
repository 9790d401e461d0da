"""report.html: every sound, picture and link in its folder, and a real browser plays it."""
import html
import html.parser
import json
import os
import shutil

import av
import numpy as np
import pytest

from conftest import make_clip
from dbn import Network
from dbn.evaluate import evaluate
from dbn.report import _excerpt, packages

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")


class Page(html.parser.HTMLParser):
    """The audio players, images and links of a page, with their attributes."""

    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    """Two brains on two clips of different lengths, rotated: one report folder."""
    folder = tmp_path_factory.mktemp("report")
    clips = []
    for i, (seconds, tone) in enumerate(((1.2, 330.0), (2.0, 550.0))):
        clips.append(str(folder / f"c{i}.mkv"))
        make_clip(clips[-1], seconds=seconds, fps=25, tone=tone)
    for name, width in (("a.pkl", 735), ("m.pkl", 80)):
        Network([4096, 4, width], seed=0).save(folder / name)
    evaluate(clips, [str(folder / "a.pkl"), str(folder / "m.pkl")], str(folder / "r"),
             train=clips[:1], rotate=True, seed=1)
    return folder / "r", {"c0.mkv": 1.2, "c1.mkv": 2.0}


def parsed(path):
    page = Page()
    page.feed(path.read_text())
    return page.tags


def seconds_of(path):
    with av.open(str(path)) as c:
        s = c.streams.audio[0]
        return sum(f.samples for f in c.decode(s)) / s.rate


def test_every_sound_and_picture_is_in_the_folder(report):
    folder, lengths = report
    tags = parsed(folder / "report.html")
    audio = [a for t, a in tags if t == "audio"]
    images = [a["src"] for t, a in tags if t == "img"]
    # per clip: the real audio, 2 brains' modes, 5 baselines and the oracle floor, each a
    # player and a picture
    assert len(audio) == 2 * 9 and len(images) == 2 * (9 + 1)
    for src in [a["src"] for a in audio] + images:
        assert not os.path.isabs(src) and "://" not in src and ".." not in src, src
        assert (folder / src).stat().st_size > 0
    for t, a in tags:
        assert t not in ("script", "link") or not (a.get("src") or a.get("href")), a
    text = html.unescape((folder / "report.html").read_text())
    assert "a.pkl: raw" in text and "m.pkl: mag" in text and "render seed 1" in text
    assert "2015's quirks kept" in text and "rotated" in text


def test_each_sound_lasts_as_long_as_its_clip(report):
    folder, lengths = report
    tags = parsed(folder / "report.html")
    clips = [text for text in (folder / "report.html").read_text().split("<h2>")[1:]]
    assert len(clips) == 2
    for section in clips:
        name = section.split(" (rotated")[0]
        for src in [p.split('"')[0] for p in section.split('<audio controls preload="metadata" '
                                                           'src="')[1:]]:
            assert seconds_of(folder / src) == pytest.approx(lengths[name], abs=0.1), src
    assert sum(1 for t, _ in tags if t == "audio") == 18


def test_a_long_clip_plays_its_loudest_half_minute():
    rate = 18375
    real = np.zeros(90 * rate)
    real[50 * rate:51 * rate] = 1.0  # the loud second is at 50 s
    lo, hi = _excerpt(real[:len(real) // 735 * 735], rate)
    assert (hi - lo) * 735 / rate == pytest.approx(30, abs=0.1)
    assert lo * 735 / rate <= 50 and hi * 735 / rate >= 51
    assert _excerpt(np.zeros(59 * rate), rate) == (0, 59 * rate // 735)


@pytest.mark.skipif(not (CHROMIUM and DRIVER), reason="needs Debian's chromium and "
                                                      "chromium-driver (.ci/run installs them)")
def test_the_page_plays_in_a_real_browser(report, tmp_path):
    webdriver = pytest.importorskip("selenium.webdriver", reason="needs selenium "
                                                                "(pip install '.[test]')")
    folder, lengths = report
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1200,1600",
                 "--autoplay-policy=no-user-gesture-required"):
        options.add_argument(flag)
    options.binary_location = CHROMIUM
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(DRIVER))
    try:
        driver.get((folder / "report.html").as_uri())
        state = "return Array.from(document.querySelectorAll('audio')).map(a => " \
                "[a.readyState, a.error && a.error.code, a.duration, +a.dataset.seconds])"
        for _ in range(100):
            players = driver.execute_script(state)
            if all(p[0] >= 1 or p[1] for p in players):
                break
            driver.execute_script("return new Promise(r => setTimeout(r, 100))")
        assert len(players) == 18
        for ready, error, duration, seconds in players:
            assert ready >= 1 and not error, players
            assert duration == pytest.approx(seconds, abs=0.1)
        assert sorted({round(p[3], 1) for p in players}) == [1.2, 2.0]
        images = driver.execute_script(
            "return Array.from(document.images).map(i => [i.complete, i.naturalWidth])")
        assert images and all(done and width > 0 for done, width in images), images
        # every request the page made, from the browser's own network log
        events = [json.loads(e["message"])["message"] for e in driver.get_log("performance")]
        urls = {e["params"]["request"]["url"] for e in events
                if e["method"] == "Network.requestWillBeSent"}
        fetched = {u for u in urls if not u.startswith("data:")}  # data: (the players' icons)
        assert len(fetched) > 18 and all(u.startswith(folder.as_uri() + "/") for u in fetched), \
            fetched  # is fetched from nowhere
        errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
        assert not errors, errors
        driver.find_element("css selector", "table.sortable th:nth-child(5)").click()
        shot = tmp_path / "page.png"
        driver.save_screenshot(str(shot))
    finally:
        driver.quit()
    import matplotlib.image
    pixels = matplotlib.image.imread(str(shot))
    assert pixels.std() > 0.05  # not a blank page


def test_packages_names_the_versions_recorded_and_says_when_none_were():
    info = {"packages": {"numpy": "2.4.6", "pystoi": None, "pytensor": "3.0.7"}}
    assert packages(info) == "numpy 2.4.6, pytensor 3.0.7"  # a missing package is left out
    assert packages({}) == "package versions not recorded"  # a report from before 1.2
