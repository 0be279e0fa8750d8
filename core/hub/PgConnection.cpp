#include "hub/PgConnection.h"

#include <libpq-fe.h>

#include <QVarLengthArray>
#include <utility>

using namespace Qt::StringLiterals;

namespace tamkeen::hub {

PgRows::PgRows(pg_result *result) : m_result(result) {}

PgRows::~PgRows()
{
    if (m_result)
        PQclear(m_result);
}

PgRows::PgRows(PgRows &&other) noexcept : m_result(std::exchange(other.m_result, nullptr)) {}

PgRows &PgRows::operator=(PgRows &&other) noexcept
{
    if (this != &other) {
        if (m_result)
            PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
    }
    return *this;
}

int PgRows::rows() const { return m_result ? PQntuples(m_result) : 0; }
int PgRows::columns() const { return m_result ? PQnfields(m_result) : 0; }
bool PgRows::isNull(int row, int column) const { return PQgetisnull(m_result, row, column) != 0; }

QByteArray PgRows::bytes(int row, int column) const
{
    return QByteArray(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

QString PgRows::text(int row, int column) const { return QString::fromUtf8(bytes(row, column)); }
qint64 PgRows::integer(int row, int column) const { return bytes(row, column).toLongLong(); }
qint64 PgRows::affected() const { return m_result ? QByteArray(PQcmdTuples(m_result)).toLongLong() : 0; }

Result<std::unique_ptr<PgConnection>> PgConnection::open(const QString &url)
{
    // Later entries override earlier ones: the URL (expanded from dbname,
    // empty = PGDATABASE or the user name) comes last so its settings win.
    // TLS: libpq's default sslmode, prefer, uses it whenever the server offers it.
    const QByteArray conninfo = url.toUtf8();
    // A server that does not answer or a network that drops is noticed
    // (connect_timeout, keepalives) instead of holding the ledger's lock for ever.
    const char *keys[] = {"application_name", "client_encoding", "connect_timeout", "keepalives_idle", "dbname", nullptr};
    const char *values[] = {"tamkeen-hub", "UTF8", "30", "60", conninfo.isEmpty() ? nullptr : conninfo.constData(),
                            nullptr};
    pg_conn *conn = PQconnectdbParams(keys, values, 1);
    if (!conn)
        return makeError(ErrorCode::Io, u"out of memory connecting to PostgreSQL"_s);
    if (PQstatus(conn) != CONNECTION_OK) {
        const QString message = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        PQfinish(conn);
        return makeError(ErrorCode::Io, u"cannot connect to PostgreSQL: %1"_s.arg(message));
    }
    std::unique_ptr<PgConnection> c(new PgConnection(conn));
    // What the text of values depends on, set whatever the database or role
    // says: bytea as hex, doubles to the last digit, standard strings (the
    // literals of quotedLiteral); only the catalogue on the search path (every
    // name the hub uses is qualified); the hub's DDL notices are not news; a
    // lock an analyst's query holds is waited for a minute, not for ever.
    for (const char *setting : {"SET bytea_output TO hex", "SET extra_float_digits TO 3",
                                "SET standard_conforming_strings TO on", "SET search_path TO pg_catalog, pg_temp",
                                "SET client_min_messages TO warning", "SET TIME ZONE 'UTC'", "SET lock_timeout TO '60s'"}) {
        if (Status s = c->exec(QString::fromLatin1(setting)); !s)
            return s.error();
    }
    // Arabic text needs a UTF-8 database; another encoding would refuse it row by row.
    auto encoding = c->query(u"SHOW server_encoding"_s);
    if (!encoding)
        return encoding.error();
    if (encoding.value().text(0, 0) != u"UTF8")
        return makeError(ErrorCode::Invalid, u"the database %1 is encoded %2; Tamkeen's data needs UTF8 (createdb -E UTF8 "
                                             "-T template0)"_s.arg(c->database(), encoding.value().text(0, 0)));
    return c;
}

PgConnection::~PgConnection() { PQfinish(m_conn); }

Error PgConnection::lastError(const QString &what) const
{
    return makeError(ErrorCode::Database, u"%1: %2"_s.arg(what, QString::fromUtf8(PQerrorMessage(m_conn)).trimmed()));
}

Result<PgRows> PgConnection::query(const QString &sql, const QList<QByteArray> &values)
{
    return run(sql, values, 0);
}

Result<PgRows> PgConnection::queryBinary(const QString &sql, const QList<QByteArray> &values)
{
    return run(sql, values, 1);
}

Result<PgRows> PgConnection::run(const QString &sql, const QList<QByteArray> &values, int resultFormat)
{
    QVarLengthArray<const char *, 16> params;
    QVarLengthArray<int, 16> lengths;
    for (const QByteArray &v : values) {
        params.append(v.isNull() ? nullptr : v.constData());
        lengths.append(int(v.size()));
    }
    const QByteArray text = sql.toUtf8();
    pg_result *result = PQexecParams(m_conn, text.constData(), int(values.size()), nullptr, params.data(),
                                     lengths.data(), nullptr, resultFormat);
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        const QString message = result ? QString::fromUtf8(PQresultErrorMessage(result)).trimmed()
                                       : QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        if (result)
            PQclear(result);
        return makeError(ErrorCode::Database, u"PostgreSQL: %1"_s.arg(message));
    }
    return PgRows(result);
}

Status PgConnection::exec(const QString &sql, const QList<QByteArray> &values)
{
    auto r = query(sql, values);
    if (!r)
        return r.error();
    return {};
}

} // namespace tamkeen::hub

namespace tamkeen::hub {

Status PgConnection::flushCopy(QByteArray &buffer)
{
    if (buffer.isEmpty())
        return {};
    if (PQputCopyData(m_conn, buffer.constData(), int(buffer.size())) != 1)
        return lastError(u"COPY"_s);
    buffer.clear();
    return {};
}

Status PgConnection::copyIn(const QString &copySql, const std::function<Status(QByteArray &)> &fill)
{
    const QByteArray text = copySql.toUtf8();
    pg_result *start = PQexec(m_conn, text.constData());
    const bool ready = start && PQresultStatus(start) == PGRES_COPY_IN;
    const QString startError = start ? QString::fromUtf8(PQresultErrorMessage(start)).trimmed() : QString();
    if (start)
        PQclear(start);
    if (!ready)
        return makeError(ErrorCode::Database, u"PostgreSQL: %1"_s.arg(startError));
    QByteArray buffer;
    Status filled = fill(buffer);
    if (filled)
        filled = flushCopy(buffer);
    // A failed fill ends the COPY with an error, which rolls back its rows.
    const QByteArray reason = filled ? QByteArray() : filled.error().message.toUtf8();
    if (PQputCopyEnd(m_conn, filled ? nullptr : reason.constData()) != 1)
        return lastError(u"COPY"_s);
    Status outcome;
    while (pg_result *r = PQgetResult(m_conn)) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK && outcome)
            outcome = makeError(ErrorCode::Database,
                                u"PostgreSQL: %1"_s.arg(QString::fromUtf8(PQresultErrorMessage(r)).trimmed()));
        PQclear(r);
    }
    if (!filled)
        return filled;
    return outcome;
}

Status PgConnection::copyOut(const QString &copySql, const std::function<Status(const QByteArray &)> &line)
{
    const QByteArray text = copySql.toUtf8();
    pg_result *start = PQexec(m_conn, text.constData());
    const bool ready = start && PQresultStatus(start) == PGRES_COPY_OUT;
    const QString startError = start ? QString::fromUtf8(PQresultErrorMessage(start)).trimmed() : QString();
    if (start)
        PQclear(start);
    if (!ready)
        return makeError(ErrorCode::Database, u"PostgreSQL: %1"_s.arg(startError));
    Status outcome;
    for (;;) {
        char *data = nullptr;
        const int n = PQgetCopyData(m_conn, &data, 0);
        if (n < 0)
            break; // -1: done; -2: an error, reported by the result below
        // Each call returns one whole line, its newline included.
        if (outcome) {
            outcome = line(QByteArray(data, n > 0 && data[n - 1] == '\n' ? n - 1 : n));
            if (!outcome) // the rest is not wanted: the server stops sending it
                if (PGcancel *cancel = PQgetCancel(m_conn)) {
                    char reason[256];
                    PQcancel(cancel, reason, int(sizeof reason));
                    PQfreeCancel(cancel);
                }
        }
        PQfreemem(data);
    }
    while (pg_result *r = PQgetResult(m_conn)) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK && outcome)
            outcome = makeError(ErrorCode::Database,
                                u"PostgreSQL: %1"_s.arg(QString::fromUtf8(PQresultErrorMessage(r)).trimmed()));
        PQclear(r);
    }
    return outcome;
}

Status PgConnection::transaction(const std::function<Status()> &work)
{
    if (Status s = exec(u"BEGIN"_s); !s)
        return s;
    Status done = work();
    if (done)
        done = exec(u"COMMIT"_s);
    if (!done)
        (void)exec(u"ROLLBACK"_s);
    return done;
}

bool PgConnection::tls() const { return PQsslInUse(m_conn) == 1; }

QString PgConnection::serverVersion() const
{
    // 150018 is 15.18; before 10, 90624 was 9.6.24.
    const int v = PQserverVersion(m_conn);
    return v >= 100000 ? u"%1.%2"_s.arg(v / 10000).arg(v % 10000)
                       : u"%1.%2.%3"_s.arg(v / 10000).arg(v / 100 % 100).arg(v % 100);
}

QString PgConnection::user() const { return QString::fromUtf8(PQuser(m_conn)); }
QString PgConnection::database() const { return QString::fromUtf8(PQdb(m_conn)); }

void appendCopyText(QByteArray &line, const QByteArray &utf8)
{
    for (char c : utf8) {
        switch (c) {
        case '\\': line += "\\\\"; break;
        case '\t': line += "\\t"; break;
        case '\n': line += "\\n"; break;
        case '\r': line += "\\r"; break;
        default: line += c;
        }
    }
}

QByteArray copyFieldBytes(QByteArrayView field)
{
    QByteArray out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        const char c = field[i];
        if (c != '\\' || i + 1 == field.size()) {
            out += c;
            continue;
        }
        // COPY TO writes only these escapes (never octal or hex ones).
        switch (const char e = field[++i]) {
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'v': out += '\v'; break;
        default: out += e;
        }
    }
    return out;
}

QString quotedIdentifier(const QString &name)
{
    QString q = name;
    q.replace(u'"', u"\"\""_s);
    return u'"' + q + u'"';
}

QString quotedLiteral(const QString &text)
{
    QString q = text;
    q.replace(u'\'', u"''"_s);
    return u'\'' + q + u'\'';
}

} // namespace tamkeen::hub
