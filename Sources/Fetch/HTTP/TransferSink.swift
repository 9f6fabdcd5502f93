import CCurl

/// Collects one transfer's header fields and body from libcurl's callbacks, and stops the
/// transfer once the body passes its limit: CURLOPT_MAXFILESIZE_LARGE can only judge a
/// Content-Length, and a server may send none (or a gzip body may expand far past it).
final class TransferSink {
    let limit: Int
    private(set) var body: [UInt8] = []
    private(set) var headers = HTTPHeaders()
    private(set) var exceededLimit = false

    init(limit: Int) { self.limit = max(0, limit) }

    /// CURLOPT_WRITEFUNCTION: returning less than it was given makes libcurl stop with
    /// CURLE_WRITE_ERROR.
    static let receiveBody: ab_curl_data_callback = { data, size, count, context in
        let sink = Unmanaged<TransferSink>.fromOpaque(context!).takeUnretainedValue()
        let length = size * count
        guard sink.body.count + length <= sink.limit else {
            sink.exceededLimit = true
            return 0
        }
        if length > 0, let data {
            sink.body.append(contentsOf: UnsafeRawBufferPointer(start: data, count: length))
        }
        return length
    }

    /// CURLOPT_HEADERFUNCTION: one whole header line per call, CRLF included.
    static let receiveHeader: ab_curl_data_callback = { data, size, count, context in
        let sink = Unmanaged<TransferSink>.fromOpaque(context!).takeUnretainedValue()
        let length = size * count
        if length > 0, let data {
            sink.receiveHeaderLine(UnsafeRawBufferPointer(start: data, count: length))
        }
        return length
    }

    private func receiveHeaderLine(_ bytes: UnsafeRawBufferPointer) {
        let line = String(decoding: bytes, as: UTF8.self)
        let isFolded = line.first == " " || line.first == "\t"
        let text = line.trimmingHTTPWhitespace
        if line.hasPrefix("HTTP/") {
            // A status line starts a new response (an interim 1xx came before it).
            headers = HTTPHeaders()
        } else if text.isEmpty {
            return
        } else if isFolded {
            headers.continueLast(with: text)
        } else if let colon = text.firstIndex(of: ":") {
            headers.append(
                HTTPHeader(
                    name: String(text[..<colon]),
                    value: String(text[text.index(after: colon)...]).trimmingHTTPWhitespace))
        }
    }
}

extension String {
    /// RFC 9110 §5.6.3: OWS is spaces and tabs; the line's CR LF goes too.
    var trimmingHTTPWhitespace: String {
        let isWhitespace = { (c: Character) in c == " " || c == "\t" || c == "\r\n" || c == "\n" || c == "\r" }
        guard let first = firstIndex(where: { !isWhitespace($0) }), let last = lastIndex(where: { !isWhitespace($0) })
        else { return "" }
        return String(self[first...last])
    }
}
