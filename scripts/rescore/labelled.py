#!/usr/bin/env python3
"""Prints the files a labels.tsv names (resolved as calguard eval resolves them), or with --labels: "path<TAB>label"."""
import csv, os, sys

labels = sys.argv[1]
for row in csv.DictReader(open(labels, encoding="utf-8"), delimiter="\t"):
    path = row["path"]
    if not os.path.exists(path):
        path = os.path.join(os.path.dirname(labels), path)
    print(f"{path}\t{row['label']}" if "--labels" in sys.argv else path)
