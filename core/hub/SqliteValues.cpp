#include "hub/SqliteValues.h"

#include <limits>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace tamkeen::hub {

SqliteValues::SqliteValues()
{
    if (sqlite3_open_v2(":memory:", &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        sqlite3_close(m_db);
        m_db = nullptr;
    }
}

SqliteValues::~SqliteValues()
{
    for (sqlite3_stmt *s : std::as_const(m_statements))
        sqlite3_finalize(s);
    sqlite3_close(m_db);
}

Result<QVariant> SqliteValues::daysBetween(const QByteArray &from, const QByteArray &to)
{
    return evaluate("SELECT julianday(?2) - julianday(?1)", from, to);
}

Result<QVariant> SqliteValues::jsonExtract(const QByteArray &json, const QByteArray &path)
{
    return evaluate("SELECT json_extract(?1, ?2)", json, path);
}

Result<QVariant> SqliteValues::evaluate(const char *sql, const QByteArray &a, const QByteArray &b)
{
    if (!m_db)
        return makeError(ErrorCode::Database, u"cannot open SQLite in memory"_s);
    sqlite3_stmt *&s = m_statements[sql];
    if (!s && sqlite3_prepare_v2(m_db, sql, -1, &s, nullptr) != SQLITE_OK)
        return makeError(ErrorCode::Database, QString::fromUtf8(sqlite3_errmsg(m_db)));
    sqlite3_reset(s);
    sqlite3_bind_text(s, 1, a.constData(), int(a.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(s, 2, b.constData(), int(b.size()), SQLITE_TRANSIENT);
    if (sqlite3_step(s) != SQLITE_ROW) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(s);
        return makeError(ErrorCode::Invalid, message);
    }
    QVariant v;
    switch (sqlite3_column_type(s, 0)) {
    case SQLITE_INTEGER: v = qint64(sqlite3_column_int64(s, 0)); break;
    case SQLITE_FLOAT: v = sqlite3_column_double(s, 0); break;
    case SQLITE_TEXT:
        v = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)), sqlite3_column_bytes(s, 0));
        break;
    default: break; // null (json_extract gives no blob)
    }
    sqlite3_reset(s);
    return v;
}

double pgDouble(const QByteArray &text)
{
    if (text == "Infinity")
        return std::numeric_limits<double>::infinity();
    if (text == "-Infinity")
        return -std::numeric_limits<double>::infinity();
    if (text == "NaN")
        return std::numeric_limits<double>::quiet_NaN();
    return text.toDouble();
}

} // namespace tamkeen::hub
