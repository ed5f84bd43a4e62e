#!/usr/bin/env python3
"""Build polnear_unread_stances.jsonl from ann/*.py here: the parent build.py
(../build.py) run on the PolNeAR train file, split "train"."""
import os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.exit(subprocess.call([sys.executable, os.path.join(HERE, "..", "build.py"),
    "--source", "/work/shared/eval/dev/polnear_train.jsonl", "--split", "train",
    "--ann", os.path.join(HERE, "ann"),
    "--out", os.path.join(HERE, "polnear_unread_stances.jsonl")] + sys.argv[1:]))
