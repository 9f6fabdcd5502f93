import CCurl

/// What one libcurl transfer produced, read out of the handle before it is reused.
struct CurlTransferResult {
    var code: CURLcode
    /// 0 for file:// and when no response arrived.
    var status = 0
    var headers = HTTPHeaders()
    var body: [UInt8] = []
    var exceededLimit = false
    /// Where a 3xx points, resolved against the request URL by libcurl.
    var redirectURL: String?
    var osErrno: Int32 = 0
    /// libcurl's error buffer, or the text of `code`.
    var detail: String
    /// Bytes received for the body, before decompression.
    var downloadedBytes: Int64 = 0
    var contentLength: Int64?
    /// Measured around the transfer: at least libcurl's own count, so a total timeout always
    /// shows as `elapsed >= timeout` (libcurl's TOTAL_TIME can fall just short of it).
    var elapsed = Duration.zero
    /// Zero when no connection was made.
    var connectTime = Duration.zero
}
