import CCurl

/// libcurl's global state is set up once per process, before the first handle. A Swift global
/// is initialised lazily and atomically, which makes the one call thread-safe.
private let globalInitCode: CURLcode = ab_curl_global_init()

/// libcurl refused to start or to take an option (a libcurl built without a feature we need).
struct CurlSetupFailure: Error {
    let code: CURLcode
    let detail: String
}

/// One libcurl easy handle set up for one request, reused for its retries and redirects so that
/// they can reuse its connection. Not shared between threads.
final class CurlEasy {
    private let handle: UnsafeMutableRawPointer
    private let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE))

    init(request: HTTPRequest, userAgent: String) throws(CurlSetupFailure) {
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE))
        guard globalInitCode == CURLE_OK, let handle = curl_easy_init() else {
            errorBuffer.deallocate()
            throw CurlSetupFailure(
                code: globalInitCode, detail: "libcurl could not start: " + Self.text(of: globalInitCode))
        }
        self.handle = handle
        try set(ab_curl_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer), "CURLOPT_ERRORBUFFER")
        try set(ab_curl_setopt_long(handle, CURLOPT_HTTPGET, 1), "CURLOPT_HTTPGET")
        // Threads and signals do not mix; libcurl would use SIGALRM for DNS timeouts otherwise.
        try set(ab_curl_setopt_long(handle, CURLOPT_NOSIGNAL, 1), "CURLOPT_NOSIGNAL")
        try set(ab_curl_setopt_string(handle, CURLOPT_PROTOCOLS_STR, "http,https,file"), "CURLOPT_PROTOCOLS_STR")
        try set(ab_curl_setopt_string(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https"), "CURLOPT_REDIR_PROTOCOLS_STR")
        // CurlHTTPClient follows redirects itself, one hop at a time, so that it can refuse HTTPS
        // to HTTP, name a loop and keep secret headers from other origins; it counts them too
        // (request.maxRedirects), which leaves CURLOPT_MAXREDIRS nothing to do.
        try set(ab_curl_setopt_long(handle, CURLOPT_FOLLOWLOCATION, 0), "CURLOPT_FOLLOWLOCATION")
        // "" offers every encoding this libcurl decodes (gzip, deflate, br, zstd).
        try set(ab_curl_setopt_string(handle, CURLOPT_ACCEPT_ENCODING, ""), "CURLOPT_ACCEPT_ENCODING")
        try set(
            ab_curl_setopt_off_t(handle, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(request.maxBodyBytes)),
            "CURLOPT_MAXFILESIZE_LARGE")
        try set(
            ab_curl_setopt_long(handle, CURLOPT_CONNECTTIMEOUT_MS, Self.milliseconds(request.connectTimeout)),
            "CURLOPT_CONNECTTIMEOUT_MS")
        try set(
            ab_curl_setopt_long(handle, CURLOPT_TIMEOUT_MS, Self.milliseconds(request.timeout)), "CURLOPT_TIMEOUT_MS")
        // A transfer slower than 1 byte/s for stallSeconds ends (a server that stops sending).
        try set(ab_curl_setopt_long(handle, CURLOPT_LOW_SPEED_LIMIT, 1), "CURLOPT_LOW_SPEED_LIMIT")
        try set(ab_curl_setopt_long(handle, CURLOPT_LOW_SPEED_TIME, request.stallSeconds), "CURLOPT_LOW_SPEED_TIME")
        try set(ab_curl_setopt_long(handle, CURLOPT_SSL_VERIFYPEER, 1), "CURLOPT_SSL_VERIFYPEER")
        try set(ab_curl_setopt_long(handle, CURLOPT_SSL_VERIFYHOST, 2), "CURLOPT_SSL_VERIFYHOST")
        if let caBundle = request.caBundle {
            try set(ab_curl_setopt_string(handle, CURLOPT_CAINFO, caBundle), "CURLOPT_CAINFO")
        }
        try set(ab_curl_setopt_string(handle, CURLOPT_USERAGENT, userAgent), "CURLOPT_USERAGENT")
        try set(
            ab_curl_setopt_callback(handle, CURLOPT_WRITEFUNCTION, TransferSink.receiveBody), "CURLOPT_WRITEFUNCTION")
        try set(
            ab_curl_setopt_callback(handle, CURLOPT_HEADERFUNCTION, TransferSink.receiveHeader),
            "CURLOPT_HEADERFUNCTION")
    }

    deinit {
        curl_easy_cleanup(handle)
        errorBuffer.deallocate()
    }

    /// One GET of `url` with `headers`: no redirect is followed and nothing is retried here.
    func perform(_ url: String, headers: [HTTPHeader], maxBodyBytes: Int) -> CurlTransferResult {
        var list: UnsafeMutablePointer<curl_slist>?
        for header in headers {
            // "Name;" sends an empty value; "Name:" would tell libcurl to drop the field.
            let line = header.value.isEmpty ? header.name + ";" : header.name + ": " + header.value
            guard let appended = curl_slist_append(list, line) else {
                curl_slist_free_all(list)
                return CurlTransferResult(code: CURLE_OUT_OF_MEMORY, detail: Self.text(of: CURLE_OUT_OF_MEMORY))
            }
            list = appended
        }
        let sink = TransferSink(limit: maxBodyBytes)
        let context = Unmanaged.passUnretained(sink).toOpaque()
        defer {
            // Nothing in the handle may point at the list or the sink once they are gone.
            _ = ab_curl_setopt_slist(handle, CURLOPT_HTTPHEADER, nil)
            _ = ab_curl_setopt_pointer(handle, CURLOPT_WRITEDATA, nil)
            _ = ab_curl_setopt_pointer(handle, CURLOPT_HEADERDATA, nil)
            curl_slist_free_all(list)
        }
        for code in [
            ab_curl_setopt_string(handle, CURLOPT_URL, url), ab_curl_setopt_slist(handle, CURLOPT_HTTPHEADER, list),
            ab_curl_setopt_pointer(handle, CURLOPT_WRITEDATA, context),
            ab_curl_setopt_pointer(handle, CURLOPT_HEADERDATA, context),
        ] where code != CURLE_OK {
            return CurlTransferResult(code: code, detail: Self.text(of: code))
        }
        errorBuffer[0] = 0
        let start = ContinuousClock.now
        let code = withExtendedLifetime(sink) { curl_easy_perform(handle) }
        let elapsed = start.duration(to: .now)
        return CurlTransferResult(
            code: code, status: longInfo(CURLINFO_RESPONSE_CODE), headers: sink.headers, body: sink.body,
            exceededLimit: sink.exceededLimit, redirectURL: stringInfo(CURLINFO_REDIRECT_URL),
            osErrno: Int32(truncatingIfNeeded: longInfo(CURLINFO_OS_ERRNO)),
            detail: errorBuffer[0] != 0 ? String(cString: errorBuffer) : Self.text(of: code),
            downloadedBytes: Int64(offInfo(CURLINFO_SIZE_DOWNLOAD_T) ?? 0),
            contentLength: offInfo(CURLINFO_CONTENT_LENGTH_DOWNLOAD_T).flatMap { $0 >= 0 ? Int64($0) : nil },
            elapsed: elapsed, connectTime: .microseconds(offInfo(CURLINFO_CONNECT_TIME_T) ?? 0))
    }

    // MARK: - Options and info

    private func set(_ code: CURLcode, _ option: String) throws(CurlSetupFailure) {
        guard code == CURLE_OK else {
            throw CurlSetupFailure(code: code, detail: "libcurl refused \(option): " + Self.text(of: code))
        }
    }

    private func longInfo(_ info: CURLINFO) -> Int {
        var value = 0
        return ab_curl_getinfo_long(handle, info, &value) == CURLE_OK ? value : 0
    }

    private func offInfo(_ info: CURLINFO) -> curl_off_t? {
        var value: curl_off_t = 0
        return ab_curl_getinfo_off_t(handle, info, &value) == CURLE_OK ? value : nil
    }

    private func stringInfo(_ info: CURLINFO) -> String? {
        var value: UnsafePointer<CChar>?
        guard ab_curl_getinfo_string(handle, info, &value) == CURLE_OK, let value else { return nil }
        return String(cString: value)
    }

    static func text(of code: CURLcode) -> String { String(cString: curl_easy_strerror(code)) }

    private static func milliseconds(_ duration: Duration) -> Int { Int(clamping: max(duration.wholeMilliseconds, 1)) }
}

extension HTTPRequest {
    /// libcurl counts the low-speed time in whole seconds.
    var stallSeconds: Int {
        let milliseconds = stallTimeout.wholeMilliseconds
        return Int(clamping: max(1, (milliseconds + 999) / 1000))
    }
}
