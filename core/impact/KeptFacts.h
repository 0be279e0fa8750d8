#pragma once
// Facts kept per household for the dashboard (internal to core/impact;
// docs/architecture.md, "Maintained facts"): one packed row a household in
// table <name>_facts; the households whose rows changed since in
// <name>_facts_stale (triggers; the import, which runs with triggers off,
// marks them itself); in impact_facts_state whether the rows were ever made
// here and whether a followed row names its household by another value than
// a 16-byte blob (the rows are then not used). What a row packs is the
// kind's own (ClinicFacts, ReferralFacts). Local to each copy: never synced.
#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

namespace tamkeen::storage {
class Database;
class RawRow;
}

namespace tamkeen::impact::facts {

class NameBook;

// What one household's rows make.
class Packer {
public:
    virtual ~Packer() = default;
    // Set before rows are added: the copy's numbered names (never null).
    NameBook *book = nullptr;
    // A row of Kind::rows: column 0 the household, column 1 whether it is a
    // 16-byte blob, the kind's columns after.
    virtual void add(const storage::RawRow &row) = 0;
    // Empty when there is nothing to keep (no row is stored then).
    virtual QByteArray packed() const = 0;
};

struct Kind {
    QString name;         // of its tables and its row in impact_facts_state
    QStringList rows;     // queries of every followed row, read in turn; %1 where one household's are asked for
    QString oneHousehold; // what %1 becomes then: a condition on ?1
    std::function<std::unique_ptr<Packer>()> packer;
};

// The byte strings (counsellors, statuses, partners) one household's row
// names, each once, packed as a varint count then each name's number in the
// copy's NameBook (or 0, a length byte and its bytes when not numbered), in
// the names' byte order whatever order they came in.
class RowNames {
public:
    // Its place among this row's names, added when new; -1 past 0xffff names
    // or 255 bytes (the row is irregular then).
    qsizetype place(const QByteArray &bytes);
    const QByteArray &name(qsizetype place) const { return m_names[place]; }
    // Appends them, numbered in `book`; `order[place]` receives each one's
    // place in what is written.
    void writeNumbered(QByteArray &out, std::vector<quint16> &order, NameBook &book) const;

private:
    QList<QByteArray> m_names;
};

// Names (the clinic's counsellors, the plans' statuses, the partners) numbered once in
// this copy, in table impact_fact_names (local, never synced, only added
// to; a number is never given twice), so that a row
// names each by a number of a byte or two instead of its 16 bytes: at
// 100,000 households the clinic's rows held ~12 counsellors each, two thirds
// of their bytes.
class NameBook {
public:
    Status read(storage::Database &db);
    // Its number (>= 1); numbered now if new and allowNumbering() (in a write
    // transaction), else 0: the row then holds the name itself.
    quint64 number(const QByteArray &name);
    // Null when not numbered.
    const QByteArray *name(quint64 number) const
    {
        const auto it = m_names.constFind(number);
        return it == m_names.constEnd() ? nullptr : &it.value();
    }
    void allowNumbering() { m_numbering = true; }
    // Stores the names numbered since read(), in the transaction that packed.
    Status storeNew(storage::Database &db);

private:
    QHash<quint64, QByteArray> m_names;
    QHash<QByteArray, quint64> m_numbers;
    QList<quint64> m_new; // numbered since read()
    quint64 m_next = 1;
    bool m_numbering = false;
};

// Every household's names in one list while rows are unpacked.
class SharedNames {
public:
    // Reads a row's names (RowNames::writeNumbered) at `p` (moved past
    // them); local(i) then gives the shared index of the row's i-th. False
    // when damaged, past 0xffff, or naming a number `book` lacks.
    bool readNumbered(const char *&p, const char *end, const NameBook &book);
    quint16 local(quint16 i) const { return m_local[i]; }
    qsizetype localCount() const { return qsizetype(m_local.size()); }
    const QList<QByteArray> &names() const { return m_names; }

private:
    // Its shared index; -1 past 0xffff names.
    int shared(const QByteArray &name);

    QList<QByteArray> m_names;
    QHash<QByteArray, quint16> m_index;
    std::vector<quint16> m_local;
    std::vector<int> m_byNumber; // a numbered name's shared index, -1 until met
};

// Unsigned LEB128: 7 bits a byte, low first, the high bit set on all but
// the last; small numbers (a day's distance from the one before) in one byte.
void appendVarint(QByteArray &out, quint64 v);
// Reads one at `p` (moved past it); false when cut short or over 64 bits.
bool readVarint(const char *&p, const char *end, quint64 &v);

// A number no other loaded facts object has had in this process: what
// ScopeOrder::ranksOf keys its work by (an address may be used again).
quint64 nextSerial();

// Stores the marked households' rows (every row when never made here), in
// one write transaction.
Status refresh(storage::Database &db, const Kind &kind);
// Makes every row again; `changed`, when given, receives how many rows were
// wrong (differed when no write had marked them) or missing. `perPass`
// households at most are packed at once (0: 250,000), each pass reading
// every row again.
Status rebuild(storage::Database &db, const Kind &kind, qint64 *changed = nullptr, qint64 perPass = 0);
// Hands each household's packed row to `unpack`, the stored ones and the
// marked ones' read again from their rows, all at one moment. False (the
// caller reads by SQL) when never made here, when a household is named by
// another value than a 16-byte blob, when too many are marked to read them
// one by one, when `usable` (asked first, at the same moment) says no, or
// when `unpack` refuses a row. `book`, when given, is read at the same
// moment (the rows' numbered names).
Result<bool> load(storage::Database &db, const Kind &kind,
                  const std::function<bool(const QByteArray &household, const QByteArray &packed)> &unpack,
                  const std::function<Result<bool>()> &usable = {}, NameBook *book = nullptr);
} // namespace tamkeen::impact::facts
