extension Migration {
    /// Every station the store knows: configured (`stations/*.toml`), registered from the
    /// national list, or only seen in readings. `id` is the small integer the readings use.
    static let stations = Migration(
        id: "2026-11-28-1-stations",
        sql: """
            CREATE TABLE station (
                id INTEGER PRIMARY KEY,
                code TEXT NOT NULL UNIQUE,
                name TEXT,
                city TEXT,
                latitude REAL,
                longitude REAL,
                role TEXT CHECK (role IN ('assessment', 'control')),
                active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
                origin TEXT NOT NULL CHECK (origin IN ('readings', 'list', 'config'))
            );

            -- A station may belong to several areas (2610A is in 文山市 and in 文山州).
            CREATE TABLE station_area (
                station_id INTEGER NOT NULL REFERENCES station (id),
                area_code TEXT NOT NULL,
                PRIMARY KEY (station_id, area_code)
            ) WITHOUT ROWID;
            """)
}
