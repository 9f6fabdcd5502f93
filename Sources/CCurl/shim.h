// Typed wrappers over libcurl's variadic curl_easy_setopt and curl_easy_getinfo: Swift cannot
// call a C variadic function, and one wrapper per argument type keeps every call type-checked.
#ifndef AIRBULLETIN_CCURL_SHIM_H
#define AIRBULLETIN_CCURL_SHIM_H

#include <curl/curl.h>

/// A write or header callback: libcurl passes `size * nmemb` bytes at `data`.
typedef size_t (*ab_curl_data_callback)(char *data, size_t size, size_t nmemb, void *userdata);

static inline CURLcode ab_curl_global_init(void) { return curl_global_init(CURL_GLOBAL_ALL); }

/// The version of the libcurl loaded at run time, e.g. "7.88.1".
static inline const char *ab_curl_version(void) { return curl_version_info(CURLVERSION_NOW)->version; }

// MARK: - curl_easy_setopt

static inline CURLcode ab_curl_setopt_long(CURL *handle, CURLoption option, long value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode ab_curl_setopt_off_t(CURL *handle, CURLoption option, curl_off_t value) {
    return curl_easy_setopt(handle, option, value);
}

/// libcurl copies the string (CURLOPT_* string options are copied since 7.17.0).
static inline CURLcode ab_curl_setopt_string(CURL *handle, CURLoption option, const char *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode ab_curl_setopt_pointer(CURL *handle, CURLoption option, void *value) {
    return curl_easy_setopt(handle, option, value);
}

/// The list is not copied: it must outlive the transfer.
static inline CURLcode ab_curl_setopt_slist(CURL *handle, CURLoption option, struct curl_slist *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode ab_curl_setopt_callback(CURL *handle, CURLoption option, ab_curl_data_callback value) {
    return curl_easy_setopt(handle, option, value);
}

// MARK: - curl_easy_getinfo

static inline CURLcode ab_curl_getinfo_long(CURL *handle, CURLINFO info, long *value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLcode ab_curl_getinfo_off_t(CURL *handle, CURLINFO info, curl_off_t *value) {
    return curl_easy_getinfo(handle, info, value);
}

/// The string belongs to the handle and is valid until the next transfer or cleanup.
static inline CURLcode ab_curl_getinfo_string(CURL *handle, CURLINFO info, const char **value) {
    return curl_easy_getinfo(handle, info, value);
}

#endif
