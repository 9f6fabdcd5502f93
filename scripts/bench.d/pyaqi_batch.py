#!/usr/bin/env python3
"""python-aqi (PyPI `python-aqi`), its China (MEP) algorithm on the HJ 633—2012 daily table, over the same
1,000,000 inputs `airbulletin aqi --batch` reads, two ways:

  ndjson  what a user replacing `aqi --batch` would run: read the same NDJSON file, json.loads each line, compute
          with python-aqi, json.dumps a result line (AQI and the IAQI of each pollutant) to stdout-like output
  bare    python-aqi's computation alone, on inputs already parsed into lists (no I/O)

Prints: lines seconds_ndjson seconds_bare."""
import io
import json
import sys
import time

import aqi
from aqi.constants import POLLUTANT_CO_24H, POLLUTANT_NO2_24H, POLLUTANT_SO2_24H

KEYS = [("PM2_5_24H", aqi.POLLUTANT_PM25), ("PM10_24H", aqi.POLLUTANT_PM10), ("O3_8H", aqi.POLLUTANT_O3_8H),
        ("SO2_24H", POLLUTANT_SO2_24H), ("NO2_24H", POLLUTANT_NO2_24H), ("CO_24H", POLLUTANT_CO_24H)]

start = time.perf_counter()
out = io.StringIO()
lines = 0
with open(sys.argv[1]) as f:
    for line in f:
        inputs = json.loads(line)["inputs"]
        pairs = [(p, inputs[k]) for k, p in KEYS if inputs.get(k) is not None]
        # Each IAQI once; the AQI is their maximum (what to_aqi computes).
        iaqi = {k: int(aqi.to_iaqi(p, v, algo=aqi.ALGO_MEP)) for (k, p), (_, v) in zip(KEYS, pairs)}
        result = {"aqi": max(iaqi.values()), "iaqi": iaqi}
        out.write(json.dumps(result))
        out.write("\n")
        lines += 1
ndjson = time.perf_counter() - start

rows = [[(p, json.loads(line)["inputs"][k]) for k, p in KEYS] for line in open(sys.argv[1])]
start = time.perf_counter()
for pairs in rows:
    aqi.to_aqi(pairs, algo=aqi.ALGO_MEP)
bare = time.perf_counter() - start
print(f"{lines} {ndjson:.3f} {bare:.3f}")
