import Formats

extension WorkingCalendar {
    /// The schedules compiled into the program: 2018 (the Wenshan report year), 2025 and 2026.
    public static let builtinSchedules: [HolidaySchedule] = [
        ("2018.toml", HolidaySchedule.text2018), ("2025.toml", HolidaySchedule.text2025),
        ("2026.toml", HolidaySchedule.text2026),
    ].map { file, text in
        do {
            return try HolidaySchedule.parse(text: text, file: "built-in " + file)
        } catch {
            preconditionFailure("the built-in calendar does not parse: \(error)")
        }
    }

    /// The built-in years only.
    public static let builtin = WorkingCalendar(schedules: builtinSchedules)

    /// The built-in years, then each `(file name, text)` of a calendar directory (`2027.toml`
    /// …), which adds a year or replaces a built-in one. A file whose name is not `YYYY.toml`
    /// or whose `year` disagrees with its name is an error.
    public static func combining(builtinWith files: [(name: String, path: String, text: String)]) throws(Diagnostics)
        -> WorkingCalendar
    {
        var schedules = builtinSchedules
        var problems: [Diagnostic] = []
        for file in files.sorted(by: { $0.name < $1.name }) {
            let stem = file.name.hasSuffix(".toml") ? String(file.name.dropLast(5)) : ""
            guard stem.count == 4, let year = Int(stem) else {
                problems.append(
                    Diagnostic(
                        file: file.path, line: nil,
                        "a calendar file is named after its year, e.g. 2027.toml (docs/calendar.md)"))
                continue
            }
            do {
                let schedule = try HolidaySchedule.parse(text: file.text, file: file.path)
                guard schedule.year == year else {
                    problems.append(
                        Diagnostic(
                            file: file.path, line: nil,
                            "the file is named \(file.name) but says year = \(schedule.year)"))
                    continue
                }
                schedules.append(schedule)
            } catch {
                problems += error.items
            }
        }
        guard problems.isEmpty else { throw Diagnostics(problems) }
        return WorkingCalendar(schedules: schedules)
    }
}
