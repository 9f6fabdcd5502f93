#!/usr/bin/env python3
"""python-aqi (PyPI `python-aqi`), its China (MEP) algorithm on the HJ 633—2012 daily table, over the same inputs
`airbulletin aqi --batch` reads (a TSV: PM2.5, PM10, O3 8-h, SO2, NO2, CO). Prints the inputs per second."""
import sys
import time

import aqi
from aqi.constants import POLLUTANT_CO_24H, POLLUTANT_NO2_24H, POLLUTANT_SO2_24H

rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1])]
start = time.perf_counter()
total = 0
for pm25, pm10, o3, so2, no2, co in rows:
    total += int(aqi.to_aqi([(aqi.POLLUTANT_PM25, pm25), (aqi.POLLUTANT_PM10, pm10), (aqi.POLLUTANT_O3_8H, o3),
                             (POLLUTANT_SO2_24H, so2), (POLLUTANT_NO2_24H, no2), (POLLUTANT_CO_24H, co)],
                            algo=aqi.ALGO_MEP))
elapsed = time.perf_counter() - start
print(f"{len(rows)} {elapsed:.3f}")
