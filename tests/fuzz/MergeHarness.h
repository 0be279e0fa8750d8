#pragma once
// Fuzzing the merge (issue 13 §7, test 10). A small organisation is set up
// once: a receiving copy (the hub, with some rows) and a laptop its
// administrator enrolled. Each input is read as hostile record content
// (entries, batch cuts, conflicts, vectors: tables, columns, values, versions
// and clock times all chosen by the bytes), sealed as that laptop would seal
// it (its real device key, the organisation key, optionally the
// administrator's signature on the changes), and imported into a fresh copy
// of the hub. The import may refuse; the database must still pass `check`.
// Used by the libFuzzer target fuzz_merge and by test_core (crafted inputs).
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>
#include <memory>

namespace tamkeen::fuzz {

struct MergeOutcome {
    bool packageWritten = false; // false: the bytes made nothing to send
    bool imported = false;       // the package was accepted (some changes may be refused)
    QString refused;             // why the whole package was refused
    qint64 entries = 0, newRows = 0, updated = 0, conflicts = 0, refusedChanges = 0;
    qint64 waiting = 0;
    QMap<QString, qint64> refusedReasons;
    QStringList problems;        // what `check` found afterwards: must stay empty
};

class MergeHarness {
public:
    // Sets up the organisation; empty `error` on success.
    MergeHarness();
    ~MergeHarness();
    const QString &error() const { return m_error; }

    MergeOutcome run(const uint8_t *data, size_t size);

    // Facts about the template the tests use.
    QByteArray senderId() const { return m_senderId; }
    QStringList tables() const { return m_tables; }
    QStringList columnsOf(const QString &table) const;
    // The template's rows of a table: how many, and the n-th's id.
    int rowCount(const QString &table) const;
    QByteArray rowId(const QString &table, int n) const;

private:
    QString setUp(); // empty when done, else why not
    struct Private;
    std::unique_ptr<Private> d;
    QString m_error;
    QByteArray m_senderId;
    QStringList m_tables;
};

} // namespace tamkeen::fuzz
