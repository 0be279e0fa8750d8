#pragma once
// One libpq connection to the hub's PostgreSQL, with every value bound
// (PQexecParams) and bulk rows sent by COPY. The hub is a command-line program
// for a ministry's server operators: its messages are English, like tamkeen-cli's.
#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

struct pg_conn;
struct pg_result;

namespace tamkeen::hub {

// A text-format result: each value as PostgreSQL prints it, null as nullopt.
class PgRows {
public:
    PgRows() = default;
    explicit PgRows(pg_result *result);
    ~PgRows();
    PgRows(PgRows &&other) noexcept;
    PgRows &operator=(PgRows &&other) noexcept;
    PgRows(const PgRows &) = delete;
    PgRows &operator=(const PgRows &) = delete;

    int rows() const;
    int columns() const;
    bool isNull(int row, int column) const;
    QByteArray bytes(int row, int column) const; // the text form, as sent
    QString text(int row, int column) const;
    qint64 integer(int row, int column) const;
    qint64 affected() const; // rows an INSERT, UPDATE or DELETE changed

private:
    pg_result *m_result = nullptr;
};

class PgConnection {
public:
    // `url`: a postgresql:// URL or key=value string; empty = libpq's PG*
    // variables and defaults. TLS is used whenever the server offers it
    // (sslmode=prefer unless the URL or PGSSLMODE says otherwise).
    static Result<std::unique_ptr<PgConnection>> open(const QString &url);
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    // Values are bound as text ($1, $2, …); a null QByteArray is SQL NULL.
    Result<PgRows> query(const QString &sql, const QList<QByteArray> &values = {});
    // The same with the results in PostgreSQL's binary form (bytea as its
    // bytes, no hex to decode): for large blobs.
    Result<PgRows> queryBinary(const QString &sql, const QList<QByteArray> &values = {});
    Status exec(const QString &sql, const QList<QByteArray> &values = {});
    // COPY … FROM STDIN (text format): `fill` appends lines to the buffer it is
    // given; what it wrote is sent whenever it grows past a few megabytes.
    Status copyIn(const QString &copySql, const std::function<Status(QByteArray &)> &fill);
    // COPY … TO STDOUT (text format): `line` gets each line, without its newline.
    Status copyOut(const QString &copySql, const std::function<Status(const QByteArray &)> &line);
    // One transaction: rolled back when `work` fails.
    Status transaction(const std::function<Status()> &work);

    bool tls() const;
    QString serverVersion() const;
    QString user() const;
    QString database() const;
    // A flush of the buffer collected by copyIn's `fill`, for long fills.
    Status flushCopy(QByteArray &buffer);

private:
    explicit PgConnection(pg_conn *conn) : m_conn(conn) {}
    Error lastError(const QString &what) const;
    Result<PgRows> run(const QString &sql, const QList<QByteArray> &values, int resultFormat);
    pg_conn *m_conn;
};

// Text quoted for a COPY text-format line (backslash, tab, newline, return).
void appendCopyText(QByteArray &line, const QByteArray &utf8);
// A COPY text-format field back to its bytes (\\N is for the caller to test first).
QByteArray copyFieldBytes(QByteArrayView field);
// An identifier quoted for SQL ("a""b").
QString quotedIdentifier(const QString &name);
// A string literal for SQL where no parameter can go (COMMENT ON … IS '…').
QString quotedLiteral(const QString &text);

} // namespace tamkeen::hub
