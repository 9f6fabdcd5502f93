import AQI
import Disclosure
import GRDB
import Identity

extension Row {
    /// A text column read with `parse`, nil when NULL; text `parse` refuses names the table and
    /// column.
    func value<T>(_ column: Column, table: String, _ parse: (String) -> T?) throws(StoreError) -> T? {
        guard let text = self[column] as String? else { return nil }
        return try StoreError.readBack(text, table: table, column: column.name, parse)
    }

    /// A text column that is never NULL, read with `parse`.
    func requiredValue<T>(_ column: Column, table: String, _ parse: (String) -> T?) throws(StoreError) -> T {
        guard let value = try value(column, table: table, parse) else {
            throw .unreadableValue(table: table, column: column.name, value: "NULL")
        }
        return value
    }

    /// A `YYYY-MM-DD` column, nil when NULL.
    func date(_ column: Column, table: String) throws(StoreError) -> LocalDate? {
        try value(column, table: table) { LocalDate(iso: $0) }
    }

    /// A `YYYY-MM-DD` column that is never NULL.
    func requiredDate(_ column: Column, table: String) throws(StoreError) -> LocalDate {
        try requiredValue(column, table: table) { LocalDate(iso: $0) }
    }

    /// The 索引号 in the `organisation`, `year` and `serial` columns every notice table keys on.
    func indexNumber(table: String) throws(StoreError) -> IndexNumber {
        let organisation = try requiredValue(IndexNumber.Columns.organisation, table: table) { OrganisationCode(validated: $0) }
        let year: Int = self[IndexNumber.Columns.year]
        let serial: Int = self[IndexNumber.Columns.serial]
        guard (1000...9999).contains(year), IndexNumber.serials.contains(serial) else {
            throw .unreadableValue(table: table, column: "year, serial", value: "\(year), \(serial)")
        }
        return IndexNumber(organisation: organisation, year: year, serial: serial)
    }
}

extension IndexNumber {
    /// The key columns of `index_number`, `notice`, `notice_field` and `notice_event`.
    enum Columns {
        static let organisation = Column("organisation")
        static let year = Column("year")
        static let serial = Column("serial")
    }

    /// This number's rows in any of the notice tables.
    var rows: SQLExpression {
        Columns.organisation == organisation.text && Columns.year == year && Columns.serial == serial
    }

    func encode(to container: inout PersistenceContainer) {
        container[Columns.organisation] = organisation.text
        container[Columns.year] = year
        container[Columns.serial] = serial
    }
}
