import AQI

extension Store {
    /// Stores readings append-only, in one transaction: a reading identical to the stored one
    /// changes nothing; a new (station, pollutant, hour) becomes revision 1; a different value
    /// or flag becomes the next revision, and the old one stays readable with its own fetch
    /// time and source. The result is the same as importing the readings one at a time in the
    /// order given. Stations not known yet are registered by code.
    ///
    /// If anything fails, the checkpoint included, the transaction is rolled back and the
    /// database is exactly as it was before the call.
    ///
    /// - Parameters:
    ///   - source: the source id recorded with every value this import stores.
    ///   - fetchedAt: when the data was fetched, Unix seconds, from the caller's clock.
    public func importReadings(
        _ readings: [Reading], source: String, fetchedAt: Instant, checkpoint: ImportCheckpoint? = nil
    ) throws(StoreError) -> ImportCounts {
        guard !source.isEmpty else { throw .emptyField("the import's source id") }
        return try StoreError.wrapping {
            try writer.write { db in
                var importer = ReadingImporter(db: db, source: source, fetchedAt: fetchedAt, checkpoint: checkpoint)
                try importer.run(try GroupedReadings(readings))
                return importer.counts
            }
        }
    }
}
