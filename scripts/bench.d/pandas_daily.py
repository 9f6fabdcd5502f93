#!/usr/bin/env python3
"""The daily pipeline as a data analyst would write it with pandas, for scripts/bench.

Reads CNEMC archive station files (china_sites_YYYYMMDD.csv), then for every station and natural day
(01时 … 24时): the 24-h means of SO2, NO2, CO, PM10, PM2.5 (≥ 20 valid hours), the O3 daily maximum 8-h
mean over the windows labelled 08–24 (≥ 6 of 8 hours each, ≥ 14 windows), the O3 daily maximum 1-h,
and the HJ 633—2012 daily AQI (IAQI rounded up). Prints the number of station-days and the seconds.

    python3 pandas_daily.py FILE...
"""
import sys
import time

import numpy as np
import pandas as pd

BP = {  # HJ 633—2012 Table 1 (µg/m³; CO mg/m³)
    "SO2": [0, 50, 150, 475, 800, 1600, 2100, 2620],
    "NO2": [0, 40, 80, 180, 280, 565, 750, 940],
    "CO": [0, 2, 4, 14, 24, 36, 48, 60],
    "PM10": [0, 50, 150, 250, 350, 420, 500, 600],
    "PM2.5": [0, 35, 75, 115, 150, 250, 350, 500],
    "O3_8h": [0, 100, 160, 215, 265, 800],
    "O3_1h": [0, 160, 200, 300, 400, 800, 1000, 1200],
}
IAQI = [0, 50, 100, 150, 200, 300, 400, 500]


def iaqi(values, column):
    bp = np.array(BP[column], dtype=float)
    steps = np.array(IAQI[: len(bp)], dtype=float)
    out = np.ceil(np.interp(values, bp, steps) - 1e-9)
    out[values > bp[-1]] = 500
    return out


def main(files):
    start = time.perf_counter()
    frames = [pd.read_csv(f, dtype={"date": str}) for f in files]
    wide = pd.concat(frames, ignore_index=True)
    wide = wide[wide["type"].isin(["SO2", "NO2", "CO", "O3", "PM10", "PM2.5"])]
    long = wide.melt(id_vars=["date", "hour", "type"], var_name="station", value_name="value")
    long = long.dropna(subset=["value"])
    long = long[long["value"] >= 0]
    # Hour h of file D ends at D h:00; hour 0 is 24时 of the day before.
    stamp = pd.to_datetime(long["date"], format="%Y%m%d") + pd.to_timedelta(long["hour"], unit="h")
    long["day"] = (stamp - pd.Timedelta(hours=1)).dt.normalize()
    long["label"] = ((stamp - long["day"]) / pd.Timedelta(hours=1)).astype(int)  # 1…24
    hourly = long.pivot_table(index=["station", "day", "label"], columns="type", values="value")

    g = hourly.groupby(level=["station", "day"])
    counts = g.count()
    means = g.mean().where(counts >= 20)

    o3 = hourly["O3"].unstack("label").reindex(columns=range(1, 25))
    windows = []
    for t in range(8, 25):
        block = o3[list(range(t - 7, t + 1))]
        windows.append(block.mean(axis=1).where(block.count(axis=1) >= 6))
    w = pd.concat(windows, axis=1)
    o3_8h = w.max(axis=1).where(w.count(axis=1) >= 14)
    o3_1h = o3.max(axis=1).where(o3.count(axis=1) >= 20)

    daily = pd.DataFrame({p: means[p] for p in ["SO2", "NO2", "CO", "PM10", "PM2.5"]})
    daily["O3_8h"] = o3_8h
    daily["O3_1h"] = o3_1h
    sub = pd.DataFrame(index=daily.index)
    for column in daily.columns:
        decimals = 1 if column == "CO" else 0
        rounded = daily[column].round(decimals)
        sub[column] = iaqi(rounded.to_numpy(dtype=float), column)
        sub.loc[daily[column].isna(), column] = np.nan
    daily["AQI"] = sub.max(axis=1)
    elapsed = time.perf_counter() - start
    print(f"{len(daily)} station-days in {elapsed:.2f} s")
    return daily


if __name__ == "__main__":
    main(sys.argv[1:])
