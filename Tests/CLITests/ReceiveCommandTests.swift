import Foundation
import TestSupport
import Testing

/// `airbulletin receive` as systemd runs it: real hourly packets of Wenshan's stations over TCP on
/// 127.0.0.1, answered with 9014, then SIGTERM: exit 0, and the readings are in the store.
@Suite(.serialized) struct ReceiveCommandTests {
    typealias B = LoggerBureau

    /// The archive's values of 2025-01-15 08时 and 09时 (hours starting 07:00 and 08:00), in each
    /// station's configured units: 2610A CO in µg/m³, 2611A its gases in mg/m³.
    static let hours = [
        LoggerHour(
            mn: B.mn2610A, password: "123456", start: "2025011507",
            values: [
                ("a34004", "63"), ("a34002", "83"), ("a21026", "15"), ("a21004", "12"), ("a05024", "75"),
                ("a21005", "700"),
            ]),
        LoggerHour(
            mn: B.mn2610A, password: "123456", start: "2025011508",
            values: [
                ("a34004", "64"), ("a34002", "83"), ("a21026", "19"), ("a21004", "13"), ("a05024", "64"),
                ("a21005", "800"),
            ]),
        LoggerHour(
            mn: B.mn2611A, password: "s3cret-2611", start: "2025011507",
            values: [
                ("a34004", "65"), ("a34002", "70"), ("a21026", "0.013"), ("a21004", "0.011"), ("a05024", "0.077"),
                ("a21005", "0.7"),
            ]),
        LoggerHour(
            mn: B.mn2611A, password: "s3cret-2611", start: "2025011508",
            values: [
                ("a34004", "64"), ("a34002", "76"), ("a21026", "0.012"), ("a21004", "0.013"), ("a05024", "0.067"),
                ("a21005", "0.8"),
            ]),
    ]

    @Test func receivedHoursAreAnsweredStoredAndTheReceiverStopsCleanlyOnSIGTERM() throws {
        let bureau = try B()
        let receiver = try bureau.startReceiver()
        #expect(receiver.port > 0, "\(receiver.stderr)")
        for (n, station) in [Array(Self.hours[0...1]), Array(Self.hours[2...3])].enumerated() {
            let client = try LoopbackClient(port: receiver.port)
            for hour in station {
                client.send(hour.packet)
                #expect(client.line() == hour.answer)
            }
            client.reset()
            // Each connection's line, in order, before the next one opens.
            #expect(eventually { receiver.stderr.components(separatedBy: " closed: ").count == n + 2 })
        }
        let (status, stderr) = receiver.stop(SIGTERM)
        #expect(status == 0)
        let lines = stderr.replacing(/127\.0\.0\.1:\d+/, with: "127.0.0.1:PORT").split(separator: "\n")
        #expect(
            lines == [
                "warning: AIRBULLETIN_NOW=2025-01-16T09:00 sets the clock (China Standard Time); unset it to publish with the system clock",
                "receive: listening on 127.0.0.1:PORT for 2 stations; at most 4096 connections, idle timeout 600 s, queue 10000 packets; SIGTERM or SIGINT stops",
                "receive: connection 127.0.0.1:PORT closed: MN 53260100000010, 2 packets (stored 2, refused 0)",
                "receive: connection 127.0.0.1:PORT closed: MN 53260100000011, 2 packets (stored 2, refused 0)",
                "receive: SIGTERM: stopping (no new connection; the queued packets are committed and answered)",
                "receive: stopped; since start: packets 4, stored 4, readings 24, real-time 0, minute 0, daily 0, other codes 0, refused 0, garbage bytes 0, connections 2 (refused 0, idle 0)",
            ])
        // The values as the archive has them for these hours; its AQI rows say 85, 87 (2610A) and
        // 88, 87 (2611A).
        let export = try bureau.airbulletin([
            "export", "--from", "2025-01-15", "--to", "2025-01-15", "--level", "station", "--interval", "hour",
        ])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(
            export.stdout.split(separator: "\n").map(String.init) == [
                "station,period_start,period_end,aqi,level,primary_pollutants,so2,no2,co,o3,pm10,pm2_5,flags,standard",
                "2610A,2025-01-15T07:00:00+08:00,2025-01-15T08:00:00+08:00,85,2,PM2.5,15,12,0.7,75,83,63,,hj633-2012",
                "2610A,2025-01-15T08:00:00+08:00,2025-01-15T09:00:00+08:00,87,2,PM2.5,19,13,0.8,64,83,64,,hj633-2012",
                "2611A,2025-01-15T07:00:00+08:00,2025-01-15T08:00:00+08:00,88,2,PM2.5,13,11,0.7,77,70,65,,hj633-2012",
                "2611A,2025-01-15T08:00:00+08:00,2025-01-15T09:00:00+08:00,87,2,PM2.5,12,13,0.8,67,76,64,,hj633-2012",
            ])
        let revisions = try bureau.airbulletin([
            "export", "--from", "2025-01-15", "--to", "2025-01-15", "--level", "station", "--interval", "hour",
            "--revisions", "all",
        ])
        #expect(revisions.stdout.split(separator: "\n").dropFirst().allSatisfy { $0.hasSuffix(",hj212,true") })
        #expect(revisions.stdout.split(separator: "\n").count == 25)
    }

    @Test func aSecondReceiverOnTheSamePortFailsWithExit1() throws {
        let bureau = try B()
        let first = try bureau.startReceiver()
        #expect(first.port > 0)
        let r = try CLI.run(
            ["--config", "airbulletin.toml", "receive", "--listen", "127.0.0.1:\(first.port)"],
            environment: B.environment, directory: bureau.directory)
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("error: cannot listen on 127.0.0.1:\(first.port): "), "\(r.stderr)")
        #expect(
            r.stderr.hasSuffix("; check that the address is this machine's and that no other program uses the port\n"))
        #expect(first.stop(SIGINT).status == 0)
    }

    @Test func anUnsetPasswordVariableIsRefusedAtItsLine() throws {
        let bureau = try B()
        let r = try CLI.run(
            ["--config", "airbulletin.toml", "receive"], environment: ["PW_2610A": "123456", "PW_2611A": ""],
            directory: bureau.directory)
        #expect(r.status == 2)
        #expect(
            r.stderr
                == "\(bureau.directory.path)/stations/wenshan.toml:28: error: environment variable PW_2611A is not set "
                + "(the HJ 212 password of station 2611A, MN 53260100000011); set it in the environment of "
                + "airbulletin receive, never in this file\n")
    }

    @Test(arguments: [
        (
            "listen = \"nowhere\"", 2,
            "\"listen\": \"nowhere\" is not HOST:PORT (e.g. 0.0.0.0:2120, [::]:2120 or 127.0.0.1:0)"
        ),
        ("max_connections = 0", 2, "\"max_connections\" must be between 1 and 1000000, found 0"),
        ("idle_timeout_seconds = 90000", 2, "\"idle_timeout_seconds\" must be between 1 and 86400, found 90000"),
        ("queue_size = -1", 2, "\"queue_size\" must be between 1 and 1000000, found -1"),
        (
            "backlog = 5", 2,
            "unknown key \"backlog\" in [receive] (expected one of listen, max_connections, idle_timeout_seconds, queue_size)"
        ),
    ])
    func aBadReceiveValueIsRefusedAtItsLine(_ line: String, _ offset: Int, _ message: String) throws {
        let bureau = try B()
        try "[receive]\n\(line)\n".write(
            to: bureau.directory.appendingPathComponent("airbulletin.toml"), atomically: true, encoding: .utf8)
        let r = try CLI.run(
            ["--config", "airbulletin.toml", "receive"], environment: B.environment, directory: bureau.directory)
        #expect(r.status == 2)
        #expect(r.stderr == "airbulletin.toml:\(offset): error: \(message)\n")
    }

    @Test func aBadListenOptionIsRefusedBeforeTheConfigurationIsRead() throws {
        let r = try CLI.run(["receive", "--listen", "0.0.0.0:99999"])
        #expect(r.status == 2)
        #expect(
            r.stderr
                == "error: --listen: \"0.0.0.0:99999\" is not HOST:PORT (e.g. 0.0.0.0:2120, [::]:2120 or 127.0.0.1:0)\n"
        )
    }

    @Test func theHelpSaysHowToRunItAndWhatTheHourMeans() throws {
        let r = try CLI.run(["receive", "--help"], environment: ["COLUMNS": "1000"])
        #expect(r.status == 0)
        for text in [
            "--listen <HOST:PORT>", "SIGTERM or SIGINT",
            "DataTime=20250115070000 is stored as 2025-01-15 08时 (the hour 07:00–08:00)",
            "[receive] table of the configuration (listen, max_connections, idle_timeout_seconds, queue_size;",
            "PW_2610A=… PW_2611A=… airbulletin receive --listen 0.0.0.0:2120",
        ] {
            #expect(r.stdout.contains(text), "\(text)")
        }
    }

    /// Waits up to 5 s for `condition` (the receiver writes its log from its own threads).
    func eventually(_ condition: () -> Bool) -> Bool {
        for _ in 0..<500 {
            if condition() { return true }
            usleep(10_000)
        }
        return condition()
    }
}
