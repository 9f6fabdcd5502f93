import AQI
import App
import Formats

/// How `run` reports: the lines, the summary and the exit code of a `RunReport` (README, "Every
/// morning: run"; the scripts and tests read these words).
extension RunReport {
    /// Everything before the summary, one line each.
    var lines: [String] {
        var lines = notes + fetch.lines
        for areaDay in areaDays {
            let (d, name) = (areaDay.date, areaDay.areaName)
            switch areaDay.outcome {
            case .published(let revision, let index):
                let primary = index.primaryPollutants.joined(separator: ", ")
                lines.append(
                    "\(d) \(name): published revision \(revision) — AQI \(index.aqi.map(String.init) ?? "NA")"
                        + (index.category.map { " \($0)" } ?? "") + (primary.isEmpty ? "" : ", primary \(primary)"))
            case .alreadyPublished(let revision) where d == day:
                lines.append("\(d) \(name): already published (revision \(revision)); inputs unchanged")
            case .correctionWaiting(let revision, let before, let now):
                let area = correctionsNeedArea ? " --area \(areaDay.areaCode)" : ""
                lines.append(
                    "\(d): inputs changed since revision \(revision) (AQI \(before.map(String.init) ?? "NA") → "
                        + "\(now.map(String.init) ?? "NA")); to publish the correction run "
                        + "`airbulletin republish --date \(d)\(area) --reason …`")
            default: break
            }
        }
        if let storeFailure {
            lines.append(
                "error: the bulletins could not be stored (\(storeFailure)); no bulletin revision and no 索引号 of this "
                    + "run was kept; the readings fetched were stored (added \(fetch.counts.added.groupedThousands), "
                    + "changed \(fetch.counts.changed.groupedThousands)); the next run publishes the days")
        }
        var saidOnce = false
        for areaDay in areaDays where areaDay.date == day {
            let (d, name) = (areaDay.date, areaDay.areaName)
            switch areaDay.outcome {
            case .waitingForFile:
                lines.append(
                    "\(d) \(name): not published — its upstream files could not be fetched (see above); the next run will try again"
                )
            case .noReadings:
                lines.append("\(d) \(name): not published — no readings for the day")
            case .future where !saidOnce:
                saidOnce = true
                lines.append("\(d): not published — the day is in the future (today is \(today) in China Standard Time)")
            case .notOver where !saidOnce:
                saidOnce = true
                lines.append(
                    "\(d): not published yet — the day is not over: it is published after its 24时 and the "
                        + "\(settleMinutes)-minute settling delay, from \(publishableAt.chinaMinuteText) China "
                        + "Standard Time; run again then")
            default: break
            }
        }
        if case .failed(let message) = site { lines.append("error: \(message)") }
        return lines + alerts
    }

    /// `run 2025-01-15: published 1 day; 0 corrections waiting; fetched 3 of 3 files; site … updated (…)`
    var summary: String {
        let n = published.count
        let days = "\(n) day\(n == 1 ? "" : "s")"
        let siteFailed: Bool
        let siteText: String
        switch site {
        case .unchanged: (siteFailed, siteText) = (false, "site unchanged")
        case .updated(let path, let written, let unchanged):
            (siteFailed, siteText) = (false, "site \(path) updated (\(written) written, \(unchanged) unchanged)")
        case .failed:
            (siteFailed, siteText) = (
                true, "site NOT updated (it keeps its previous state; the next run will finish the publication)"
            )
        }
        let what: String
        if n > 0 {
            what = siteFailed ? "\(days) stored but NOT on the site yet" : "published \(days)"
        } else if dayIsOut {
            what = "nothing to do: \(day) already published"
        } else if dayWaitsForTime {
            what = day > today ? "\(day) is in the future; nothing published" : "\(day) is not over yet; nothing published for it"
        } else {
            what = "\(day) NOT published"
        }
        let waiting = correctionsWaiting
        return "run \(day): \(what); \(waiting) correction\(waiting == 1 ? "" : "s") waiting; \(fetch.headline); \(siteText)"
    }

    var exitCode: Int32 { succeeded ? 0 : 1 }
}

extension FetchSummary {
    /// `fetched 3 of 3 files (1 failed) (1 retried)`
    var headline: String {
        "fetched \(requests - failed.count) of \(requests) files"
            + (failed.isEmpty ? "" : " (\(failed.count) failed)") + (retried.isEmpty ? "" : " (\(retried.count) retried)")
    }

    /// The fetch's lines: retries, failures, row problems, then the counts (when anything was requested).
    var lines: [String] {
        var lines = retried + failed.map { "fetch failed: \($0)" } + problems
        if requests > 0 {
            lines.append(
                headline + ": added \(counts.added.groupedThousands), changed \(counts.changed.groupedThousands), "
                    + "unchanged \(counts.unchanged.groupedThousands)" + (quality.map { "; \($0)" } ?? ""))
        }
        return lines
    }
}
