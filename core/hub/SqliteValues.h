#pragma once
// SQLite's own functions on values read from PostgreSQL (an in-memory
// connection, nothing stored): julianday and json_extract differ from any
// port in corner cases (a 31st of November rolls over, a time of day counts,
// the first of two repeated JSON keys wins, malformed JSON is an error), and
// tamkeen-hub report must give the desktop's figures for the same values.
#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace tamkeen::hub {

class SqliteValues {
public:
    SqliteValues();
    ~SqliteValues();
    SqliteValues(const SqliteValues &) = delete;
    SqliteValues &operator=(const SqliteValues &) = delete;

    // julianday(to) - julianday(from): null when either is no date.
    Result<QVariant> daysBetween(const QByteArray &from, const QByteArray &to);
    // json_extract(json, path), e.g. path "$.incomePerPerson".
    Result<QVariant> jsonExtract(const QByteArray &json, const QByteArray &path);

private:
    Result<QVariant> evaluate(const char *sql, const QByteArray &a, const QByteArray &b);
    sqlite3 *m_db = nullptr;
    QHash<const char *, sqlite3_stmt *> m_statements;
};

// A double as PostgreSQL prints it, "Infinity" and "NaN" included.
double pgDouble(const QByteArray &text);

} // namespace tamkeen::hub
