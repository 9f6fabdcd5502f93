import AQI
import App
import ArgumentParser

struct AQICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aqi",
        abstract: "Computes one AQI (an AQI calculator), or many with --batch.",
        discussion: """
            Indicator keys (aqi-standards.md §1): SO2_24H NO2_24H CO_24H O3_8H PM10_24H PM2_5_24H for the daily report; \
            SO2_1H NO2_1H CO_1H O3_1H PM10_1H PM2_5_1H for the real-time report (HJ 633—2012 daily also takes O3_1H). \
            Units: µg/m³, CO mg/m³ (US EPA: O3 and CO ppm, SO2 and NO2 ppb). A value of NA marks an indicator missing. \
            Concentrations are rounded by GB/T 8170 (integers; CO one decimal) before the IAQI step.

            Examples:
              airbulletin aqi PM2_5_24H=36 PM10_24H=50 O3_8H=100 SO2_24H=5 NO2_24H=20 CO_24H=0.6
              airbulletin aqi --standard hj633-2012 --report realtime PM2_5_1H=80 SO2_1H=10 NO2_1H=30 CO_1H=0.8 O3_1H=60 PM10_1H=90
              airbulletin aqi --batch < cases.ndjson > results.ndjson

            --batch reads NDJSON lines shaped like ../shared/spec/aqi-vectors.json cases \
            ({"standard": "hj633-2026", "report": "daily", "round_inputs": true, "inputs": {"PM2_5_24H": "35.5"}}) \
            and writes one JSON result per line; a bad line gives {"error": "…", "line": N}.
            """)

    @Option(help: "The standard; auto picks it by the data period (--date, else today).")
    var standard: Parsed<StandardChoice> = .valid(.auto)

    @Option(help: "The report: daily (日报) or realtime (实时报).")
    var report: Parsed<ReportKind> = .valid(.daily)

    @Option(help: "The data period's date (YYYY-MM-DD), for --standard auto.")
    var date: Parsed<LocalDate>?

    @Flag(help: "Print one JSON object instead of the bilingual text.")
    var json = false

    @Flag(help: "Read NDJSON requests on stdin and write one JSON result per line.")
    var batch = false

    @Argument(help: "Indicator values as KEY=VALUE, e.g. PM2_5_24H=35.")
    var values: [String] = []

    func validate() throws {
        try standard.check("--standard")
        try date?.check("--date")
        if batch, !values.isEmpty {
            throw UsageError("--batch reads its requests from stdin; drop the KEY=VALUE arguments")
        }
        try report.check("--report")
    }

    func run() throws {
        let periodDate = date?.value ?? SystemClock().today()
        if batch {
            let summary = BatchCalculator.stream(
                standard: standard.value, today: periodDate,
                read: { StandardStreams.readInput(into: $0) },
                write: { StandardStreams.writeOut(bytes: $0) })
            if summary.errors > 0 { printError("aqi --batch: \(summary.errors) of \(summary.lines) lines had errors") }
            return
        }
        let request = try CalculatorRequest(
            arguments: values, standard: standard.value.resolve(for: periodDate), report: report.value)
        let result = CalculatorResult(request)
        print(
            json
                ? result.json(standard: request.standard, report: request.reportName)
                : result.text(standard: request.standard, report: request.reportName))
    }
}
