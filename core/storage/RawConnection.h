#pragma once
// A plain SQLite connection for work below the Database class: converting a
// file, copying one to a backup, restoring one. Closed with the object.
#include <QByteArray>
#include <QDir>
#include <QFileInfo>
#include <QString>
#include <sqlite3.h>

namespace tamkeen::storage {

class RawConnection {
public:
    RawConnection(const QString &path, int flags)
    {
        const QByteArray name = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()).toUtf8();
        m_rc = sqlite3_open_v2(name.constData(), &m_db, flags, nullptr);
    }
    ~RawConnection() { close(); }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    // Closed before the object goes: the file can then be read by other means.
    void close()
    {
        sqlite3_close(m_db);
        m_db = nullptr;
        m_rc = SQLITE_MISUSE;
    }
    bool ok() const { return m_rc == SQLITE_OK; }
    sqlite3 *db() const { return m_db; }
    int exec(const char *sql) { return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr); }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }
    // PRAGMA quick_check answers "ok": every page reads and the b-trees hold.
    bool quickCheck() const
    {
        sqlite3_stmt *check = nullptr;
        const bool ok = m_db && sqlite3_prepare_v2(m_db, "PRAGMA quick_check", -1, &check, nullptr) == SQLITE_OK
            && sqlite3_step(check) == SQLITE_ROW
            && qstrcmp(reinterpret_cast<const char *>(sqlite3_column_text(check, 0)), "ok") == 0;
        sqlite3_finalize(check);
        return ok;
    }

private:
    sqlite3 *m_db = nullptr;
    int m_rc = SQLITE_ERROR;
};

} // namespace tamkeen::storage
