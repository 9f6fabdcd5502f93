// libpq, PostgreSQL's reference client library (Debian libpq-dev), for the PostgreSQL store (issue 14).
// The diagnostic fields are character macros, which Swift does not import: one typed wrapper each.
#ifndef AIRBULLETIN_CLIBPQ_SHIM_H
#define AIRBULLETIN_CLIBPQ_SHIM_H

#include <libpq-fe.h>

/// The five-character SQLSTATE of a failed result, or NULL.
static inline const char *ab_pq_sqlstate(const PGresult *result) {
    return PQresultErrorField(result, PG_DIAG_SQLSTATE);
}

/// The primary message of a failed result, without the severity and the position, or NULL.
static inline const char *ab_pq_message(const PGresult *result) {
    return PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY);
}

/// The detail line of a failed result, or NULL.
static inline const char *ab_pq_detail(const PGresult *result) {
    return PQresultErrorField(result, PG_DIAG_MESSAGE_DETAIL);
}

#endif
