#!/usr/bin/env python3
"""Check polnear_unread_stances.jsonl here against the PolNeAR train file with
the parent check.py (../check.py); extra arguments (--listing PATH, --quiet)
are passed on."""
import os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.exit(subprocess.call([sys.executable, os.path.join(HERE, "..", "check.py"),
    "--file", os.path.join(HERE, "polnear_unread_stances.jsonl"),
    "--source", "/work/shared/eval/dev/polnear_train.jsonl", "--split", "train"] + sys.argv[1:]))
