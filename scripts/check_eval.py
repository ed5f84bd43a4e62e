"""Regression check on the dev figures: reads the SCORES lines that `./run eval`
wrote to .eval/*.scores.txt and fails when a figure falls below its floor in
tests/eval-floors.json (floors sit a little under the figures recorded in
docs/EVALUATION.md, so noise-free changes never trip them but real losses do)."""
import json
import sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
floors = json.loads((root / "tests" / "eval-floors.json").read_text())
failed = []
for name, checks in floors.items():
    path = root / ".eval" / f"{name}.scores.txt"
    line = next(l for l in path.read_text().splitlines() if l.startswith("SCORES "))
    scores = json.loads(line[len("SCORES "):])
    for dotted, floor in checks.items():
        value = scores
        for key in dotted.split("."):
            value = value[key]
        status = "ok" if value >= floor else "BELOW FLOOR"
        print(f"{name:28} {dotted:32} {value:.4f}  floor {floor:.4f}  {status}")
        if value < floor:
            failed.append(f"{name} {dotted}")
if failed:
    sys.exit("dev figures fell below their floors: " + ", ".join(failed))
print("dev figures hold")
