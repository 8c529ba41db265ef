"""Scores on the public gold sets beside the checkout (``../shared/eval``), and on our own.

The public sets are never copied into the repository; these tests skip when they are absent.
The floors are the scores measured when they were set: a regression guard, printed in full
by ``kuroshio eval``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kuroshio.evaluate import evaluate, read_gold

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"
OURS = ROOT / "tests" / "data" / "gold_rules.jsonl"


def _needs(name: str) -> Path:
    path = SHARED / name
    if not path.exists():
        pytest.skip(f"{path} is not present")
    return path


def test_evaluate_own_rule_set(coder_all):
    report = evaluate(read_gold(OURS), coder_all)
    assert report.records == sum(1 for line in OURS.read_text("utf-8").splitlines() if line.strip())
    assert report.root.f1 >= 0.87, report.lines()
    assert report.strict.f1 >= 0.78, report.lines()


# Each written and hand-coded before the coder first saw it, each after the fixes the one
# before prompted. Their first scores (strict 0.795 / 0.667 / 0.706 / 0.519 / 0.538 / 0.450 / 0.420
# / 0.557 / 0.315 / 0.281 / 0.357 / 0.542, root 0.877 / 0.708 / 0.882 / 0.778 / 0.654 / 0.550 /
# 0.667 / 0.660 / 0.457 / 0.437 / 0.600 / 0.646) are the README's held-out figures; the floors
# guard what they score since.
HELD_OUT_SETS = [
    ("gold_heldout.jsonl", 30, 0.94, 0.88),
    ("gold_heldout2.jsonl", 20, 0.85, 0.82),
    # set 3 codes president-elect Trump (Nov. 2024) USAGOV; out of office we code him USAELI
    ("gold_heldout3.jsonl", 15, 0.94, 0.78),
    ("gold_heldout4.jsonl", 25, 0.95, 0.90),
    ("gold_heldout5.jsonl", 25, 0.84, 0.72),
    ("gold_heldout6.jsonl", 30, 0.70, 0.67),
    # set 7 codes meetings in a third country 040; the codebook's code for them is 044
    ("gold_heldout7.jsonl", 30, 0.80, 0.66),
    ("gold_heldout8.jsonl", 30, 0.85, 0.70),
    ("gold_heldout9.jsonl", 40, 0.89, 0.64),
    ("gold_heldout10.jsonl", 30, 0.72, 0.56),
    ("gold_heldout11.jsonl", 30, 0.74, 0.50),
    ("gold_heldout12.jsonl", 30, 0.74, 0.62),
    ("gold_heldout13.jsonl", 30, 0.85, 0.74),
    ("gold_heldout14.jsonl", 30, 0.84, 0.72),
    ("gold_heldout15.jsonl", 30, 0.89, 0.77),
    ("gold_heldout16.jsonl", 30, 0.82, 0.68),
    ("gold_heldout17.jsonl", 30, 0.71, 0.46),
    # first runs root 0.690 / 0.741 / 0.836 / 0.720 / 0.720 / 0.585, strict 0.598 / 0.630 /
    # 0.638 / 0.560 / 0.460 / 0.439
    ("gold_heldout18.jsonl", 30, 0.91, 0.75),
    ("gold_heldout19.jsonl", 30, 0.90, 0.81),
    ("gold_heldout20.jsonl", 30, 0.89, 0.69),
    ("gold_heldout21.jsonl", 30, 0.79, 0.63),
    ("gold_heldout22.jsonl", 30, 0.90, 0.70),
    ("gold_heldout23.jsonl", 30, 0.81, 0.65),
    # first runs root 0.700 / 0.834, strict 0.375 / 0.556
    ("gold_heldout24.jsonl", 30, 0.83, 0.53),
    ("gold_heldout25.jsonl", 30, 0.86, 0.56),
    # first runs root 0.769 / 0.644 / 0.625 / 0.506, strict 0.420 / 0.425 / 0.438 / 0.337
    ("gold_heldout26.jsonl", 30, 0.84, 0.51),
    ("gold_heldout27.jsonl", 30, 0.77, 0.58),
    ("gold_heldout28.jsonl", 30, 0.78, 0.56),
    ("gold_heldout29.jsonl", 30, 0.65, 0.50),
    # written after 26-29 were fixed; first runs root 0.756 / 0.595 / 0.729, strict 0.538 / 0.331 / 0.610
    ("gold_heldout30.jsonl", 30, 0.80, 0.52),
    ("gold_heldout31.jsonl", 30, 0.72, 0.44),
    ("gold_heldout32.jsonl", 30, 0.80, 0.64),
    # first runs root 0.800 / 0.638, strict 0.455 / 0.511
    ("gold_heldout33.jsonl", 30, 0.83, 0.50),
    ("gold_heldout34.jsonl", 30, 0.81, 0.66),
    # first runs root 0.491 / 0.661 / 0.632 / 0.746, strict 0.245 / 0.387 / 0.404 / 0.424
    ("gold_heldout35.jsonl", 30, 0.73, 0.51),
    ("gold_heldout36.jsonl", 30, 0.84, 0.55),
    ("gold_heldout37.jsonl", 30, 0.78, 0.44),
    ("gold_heldout38.jsonl", 30, 0.78, 0.54),
    # written after 35-38 were fixed; first runs root 0.623 / 0.689 / 0.544 / 0.661, strict
    # 0.377 / 0.344 / 0.388 / 0.446
    ("gold_heldout39.jsonl", 30, 0.64, 0.39),
    ("gold_heldout40.jsonl", 30, 0.82, 0.38),
    ("gold_heldout41.jsonl", 30, 0.62, 0.45),
    ("gold_heldout42.jsonl", 30, 0.70, 0.49),
    # first runs root 0.442 / 0.600 / 0.617 / 0.635 (pooled 0.581, strict 0.315)
    ("gold_heldout43.jsonl", 30, 0.65, 0.31),
    ("gold_heldout44.jsonl", 30, 0.60, 0.23),
    ("gold_heldout45.jsonl", 30, 0.70, 0.46),
    ("gold_heldout46.jsonl", 30, 0.70, 0.36),
    # first runs root 0.457 / 0.465 / 0.684, strict 0.267 / 0.364 / 0.479
    ("gold_heldout48.jsonl", 30, 0.44, 0.25),
    ("gold_heldout49.jsonl", 30, 0.45, 0.35),
    ("gold_heldout50.jsonl", 30, 0.67, 0.46),
    # first runs root 0.550 / 0.534 / 0.490 / 0.579, strict 0.188 / 0.214 / 0.159 / 0.372
    ("gold_heldout51.jsonl", 30, 0.63, 0.23),
    ("gold_heldout52.jsonl", 30, 0.64, 0.31),
    ("gold_heldout53.jsonl", 30, 0.54, 0.19),
    ("gold_heldout54.jsonl", 30, 0.63, 0.40),
    # written after 51-54 were fixed; first runs root 0.585 / 0.648 / 0.473 / 0.431, strict
    # 0.277 / 0.363 / 0.201 / 0.199
    ("gold_heldout55.jsonl", 30, 0.61, 0.28),
    ("gold_heldout56.jsonl", 30, 0.74, 0.40),
    ("gold_heldout57.jsonl", 30, 0.52, 0.20),
    ("gold_heldout58.jsonl", 30, 0.47, 0.21),
    # first runs root 0.476 / 0.558 / 0.615 / 0.508, strict 0.154 / 0.158 / 0.308 / 0.115
    ("gold_heldout59.jsonl", 30, 0.54, 0.15),
    ("gold_heldout60.jsonl", 30, 0.65, 0.16),
    ("gold_heldout61.jsonl", 30, 0.66, 0.28),
    ("gold_heldout62.jsonl", 30, 0.53, 0.15),
    # written after sets 59-62 were fixed; first runs root 0.686 / 0.379 / 0.393 / 0.538, strict
    # 0.175 / 0.152 / 0.233 / 0.221
    ("gold_heldout63.jsonl", 30, 0.71, 0.15),
    ("gold_heldout64.jsonl", 30, 0.47, 0.13),
    ("gold_heldout65.jsonl", 30, 0.36, 0.21),
    ("gold_heldout66.jsonl", 30, 0.53, 0.20),
    # first runs (at 56d2743) root 0.469 / 0.480 / 0.408 / 0.459, strict 0.166 / 0.137 / 0.169 / 0.082
    ("gold_heldout67.jsonl", 30, 0.56, 0.19),
    ("gold_heldout68.jsonl", 30, 0.55, 0.13),
    ("gold_heldout69.jsonl", 30, 0.45, 0.15),
    ("gold_heldout70.jsonl", 30, 0.58, 0.11),
]


@pytest.mark.parametrize(("name", "records", "root", "strict"), HELD_OUT_SETS)
def test_evaluate_held_out_set(coder_all, name, records, root, strict):
    report = evaluate(read_gold(ROOT / "tests" / "data" / name), coder_all)
    assert report.records == records
    assert report.root.f1 >= root, report.lines()
    assert report.strict.f1 >= strict, report.lines()


def test_evaluate_petrarch_gsr(coder_all):
    report = evaluate(read_gold(_needs("universalpetrarch_petr2_gsr.jsonl")), coder_all)
    assert report.records == 78
    # (0.780 / 0.491 before actors named only by a role took the story's country: this set's
    # gold leaves "congress" beside Obama and civilians freed by Putin with no country)
    assert report.root.f1 >= 0.75, report.lines()
    assert report.strict.f1 >= 0.46, report.lines()


def test_evaluate_plover_types(coder_all):
    report = evaluate(read_gold(_needs("plover_gsr_cameo_examples.jsonl")), coder_all)
    assert report.plover
    assert report.strict.f1 >= 0.66, report.lines()


def test_evaluate_require_dyad_drops_one_sided_events(coder_all, tmp_path):
    gold = tmp_path / "gold.jsonl"
    record = {"id": "a", "date": "2021-05-20", "text": "Japan condemned the attack.", "events": []}
    gold.write_text(json.dumps({**record, "config": {"require_dyad": True}}) + "\n" + json.dumps(record) + "\n")
    report = evaluate(read_gold(gold), coder_all)
    assert report.records == 2
    assert report.strict.predicted <= 1


def test_evaluate_require_dyad_drops_one_sided_gold_too(coder_all, tmp_path):
    # What the set does not code is not scored on either side.
    gold = tmp_path / "gold.jsonl"
    event = {"source": "FRAOPP", "target": "---", "code": "141"}
    record = {"id": "a", "date": "2021-05-20", "text": "Protesters rallied in Paris.", "events": [event]}
    gold.write_text(json.dumps({**record, "config": {"require_dyad": True}}) + "\n" + json.dumps(record) + "\n")
    report = evaluate(read_gold(gold), coder_all)
    assert report.root.gold == 1
    assert report.root.tp == 1


def test_evaluate_skips_disabled_records(tmp_path):
    gold = tmp_path / "gold.jsonl"
    lines = [
        {"id": "a", "text": "Japan met India.", "events": [], "enabled": False},
        {"id": "b", "text": "Japan met India.", "events": []},
    ]
    gold.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    assert [r.id for r in read_gold(gold)] == ["b"]
