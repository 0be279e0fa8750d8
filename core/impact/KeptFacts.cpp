#include "impact/KeptFacts.h"

#include <atomic>

#include "storage/Database.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QtEndian>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace tamkeen::impact::facts {

namespace {

// Read one by one below this; beyond it SQL over the tables is as quick, and
// refresh() stores them (the first dashboard after a large import).
constexpr int kMaxMarked = 5000;
// refresh() stores up to this many one by one (about 0.1 ms each at 100,000
// households), beyond it makes every row again (a few seconds there).
constexpr int kMaxStoredOneByOne = 30000;

QString table(const Kind &kind, const char *suffix)
{
    return kind.name + QString::fromLatin1(suffix);
}

Result<bool> state(storage::Database &db, const Kind &kind, const QString &test)
{
    auto b = db.scalar(u"SELECT %1 FROM impact_facts_state WHERE name = ?"_s.arg(test), {kind.name});
    if (!b)
        return b.error();
    return b.value().toInt() == 1;
}

// One read transaction for the calls of `work` (their reads see one moment),
// unless the connection is in one already.
template<typename Work>
auto atOneMoment(storage::Database &db, Work &&work) -> decltype(work())
{
    const bool own = !db.inTransaction() && !db.sqliteInTransaction();
    if (own)
        if (Status s = db.execScript(u"BEGIN"_s); !s)
            return s.error();
    auto result = work();
    if (own)
        if (Status s = db.execScript(u"COMMIT"_s); !s && result)
            return s.error();
    return result;
}

// The marked households, when each is a 16-byte blob (what the application
// writes) and there are at most `limit`; else nothing and `regular` false.
Result<QList<QByteArray>> marked(storage::Database &db, const Kind &kind, int limit, bool &regular)
{
    QList<QByteArray> ids;
    regular = true;
    const Status s = db.read(u"SELECT household_id, typeof(household_id) = 'blob' AND length(household_id) = 16 "
                             "FROM %1 LIMIT ?"_s.arg(table(kind, "_facts_stale")),
                             {limit + 1}, [&](const storage::RawRow &row) {
                                 regular = regular && row.integer(1) != 0;
                                 ids << row.blob(0);
                             });
    if (!s)
        return s.error();
    if (!regular || ids.size() > limit) {
        regular = false;
        return QList<QByteArray>();
    }
    return ids;
}

Result<QByteArray> readHousehold(storage::Database &db, const Kind &kind, const QByteArray &id, NameBook &book)
{
    auto packer = kind.packer();
    packer->book = &book;
    for (const QString &rows : kind.rows)
        if (Status s = db.read(rows.arg(kind.oneHousehold), {id}, [&](const storage::RawRow &row) { packer->add(row); }); !s)
            return s.error();
    return packer->packed();
}

Status store(storage::Database &db, const Kind &kind, const QByteArray &id, const QByteArray &packed)
{
    if (packed.isEmpty())
        return db.write(u"DELETE FROM %1 WHERE household_id = ?"_s.arg(table(kind, "_facts")), {id});
    return db.write(u"INSERT OR REPLACE INTO %1(household_id, packed) VALUES (?, ?)"_s.arg(table(kind, "_facts")),
                    {id, packed});
}

// Households a pass of rebuildNow() packs at most: each kind's rows are read
// once a pass, and a million households' packers at once took 400 MB.
constexpr qint64 kPerPass = 250000;

Status rebuildNow(storage::Database &db, const Kind &kind, qint64 *changed, qint64 perPass = kPerPass)
{
    auto wasBuilt = state(db, kind, u"built"_s);
    if (!wasBuilt)
        return wasBuilt.error();
    NameBook book;
    if (Status s = book.read(db); !s)
        return s;
    book.allowNumbering();
    // Never made here (or in an older format): written again in order, on
    // pages filled anew instead of rows rewritten in place on half-empty ones.
    if (!wasBuilt.value())
        if (Status s = db.write(u"DELETE FROM %1"_s.arg(table(kind, "_facts")), {}); !s)
            return s;
    auto households = db.scalar(u"SELECT count(*) FROM households"_s);
    if (!households)
        return households.error();
    const int passes = int(std::min<qint64>(256, 1 + households.value().toLongLong() / std::max<qint64>(perPass, 1)));
    // Wrong: a row that differs from its household's rows when no write
    // marked it (a marked one is read from its rows until stored).
    const bool compare = changed && wasBuilt.value();
    QSet<QByteArray> marks;
    Status s;
    if (compare)
        s = db.read(u"SELECT household_id FROM %1"_s.arg(table(kind, "_facts_stale")), {},
                    [&](const storage::RawRow &row) { marks.insert(row.blob(0)); });
    if (changed)
        *changed = 0;
    bool oddIds = false;
    // The households of one pass: by the first byte of their id.
    const auto inPass = [passes](const QByteArray &id, int pass) {
        return (id.isEmpty() ? 0 : int(quint8(id.at(0)))) % passes == pass;
    };
    for (int pass = 0; s && pass < passes; ++pass) {
        QHash<QByteArray, std::shared_ptr<Packer>> all;
        for (const QString &rows : kind.rows) {
            s = db.read(rows.arg(QString()), {}, [&](const storage::RawRow &row) {
                const QByteArray household = row.rawBytes(0);
                if (!inPass(household, pass))
                    return;
                oddIds = oddIds || row.integer(1) == 0;
                auto it = all.find(household);
                if (it == all.end())
                    it = all.insert(QByteArray(household.constData(), household.size()), kind.packer());
                it.value()->book = &book;
                it.value()->add(row);
            });
            if (!s)
                return s;
        }
        QHash<QByteArray, QByteArray> stored; // this pass's rows as they were
        s = db.read(u"SELECT household_id, packed FROM %1"_s.arg(table(kind, "_facts")), {},
                    [&](const storage::RawRow &row) {
                        if (inPass(row.rawBytes(0), pass))
                            stored.insert(row.blob(0), compare ? row.blob(1) : QByteArray());
                    });
        QList<QByteArray> ids = all.keys();
        std::sort(ids.begin(), ids.end());
        for (qsizetype i = 0; s && i < ids.size(); ++i) {
            const QByteArray packed = all.value(ids[i])->packed();
            const auto was = stored.find(ids[i]);
            const bool existed = was != stored.end();
            if (compare && !marks.contains(ids[i]) && (existed ? was.value() : QByteArray()) != packed)
                ++*changed;
            if (existed)
                stored.erase(was);
            if (!packed.isEmpty() || existed)
                s = store(db, kind, ids[i], packed);
        }
        // Rows of households that have none now.
        for (auto it = stored.cbegin(); s && it != stored.cend(); ++it) {
            if (compare && !marks.contains(it.key()))
                ++*changed;
            s = store(db, kind, it.key(), QByteArray());
        }
    }
    if (s)
        s = book.storeNew(db);
    if (s)
        s = db.write(u"DELETE FROM %1"_s.arg(table(kind, "_facts_stale")), {});
    if (s)
        s = db.write(u"UPDATE impact_facts_state SET built = 1, odd_ids = ? WHERE name = ?"_s, {int(oddIds), kind.name});
    return s;
}

} // namespace

qsizetype RowNames::place(const QByteArray &bytes)
{
    qsizetype at = m_names.indexOf(bytes);
    if (at < 0) {
        at = m_names.size();
        m_names << QByteArray(bytes.constData(), bytes.size());
    }
    return at > 0xffff || bytes.size() > 255 ? -1 : at;
}

void appendVarint(QByteArray &out, quint64 v)
{
    while (v >= 0x80) {
        out.append(char(quint8(v | 0x80)));
        v >>= 7;
    }
    out.append(char(quint8(v)));
}

bool readVarint(const char *&p, const char *end, quint64 &v)
{
    v = 0;
    for (int shift = 0; p < end && shift < 64; shift += 7) {
        const quint8 b = quint8(*p++);
        if (shift == 63 && b > 1)
            return false; // past 64 bits
        v |= quint64(b & 0x7f) << shift;
        if (!(b & 0x80))
            return true;
    }
    return false;
}

Status NameBook::read(storage::Database &db)
{
    m_names.clear();
    m_numbers.clear();
    m_new.clear();
    m_next = 1;
    // A number below 1 is never given (a damaged book): left out, and its
    // name's row replaced when the name is numbered again (storeNew).
    Status s = db.read(u"SELECT number, name FROM impact_fact_names WHERE number >= 1"_s, {},
                       [&](const storage::RawRow &row) {
                           const quint64 number = quint64(row.integer(0));
                           m_names.insert(number, row.blob(1));
                           m_numbers.insert(row.blob(1), number);
                           m_next = std::max(m_next, number + 1);
                       });
    // Never a number given before (AUTOINCREMENT keeps the highest): rows not
    // made again may still hold a deleted name's number.
    if (s)
        s = db.read(u"SELECT seq FROM sqlite_sequence WHERE name = 'impact_fact_names' AND seq >= 1"_s, {},
                    [&](const storage::RawRow &row) { m_next = std::max(m_next, quint64(row.integer(0)) + 1); });
    return s;
}

quint64 NameBook::number(const QByteArray &name)
{
    if (const auto it = m_numbers.constFind(name); it != m_numbers.constEnd())
        return it.value();
    if (!m_numbering)
        return 0;
    const QByteArray copy(name.constData(), name.size());
    m_names.insert(m_next, copy);
    m_numbers.insert(copy, m_next);
    m_new << m_next;
    return m_next++;
}

Status NameBook::storeNew(storage::Database &db)
{
    for (const quint64 number : std::as_const(m_new))
        if (Status s = db.write(u"INSERT OR REPLACE INTO impact_fact_names(number, name) VALUES (?, ?)"_s,
                                {qint64(number), m_names.value(number)});
            !s)
            return s;
    m_new.clear();
    return {};
}

void RowNames::writeNumbered(QByteArray &out, std::vector<quint16> &order, NameBook &book) const
{
    QList<qsizetype> sorted(m_names.size());
    for (qsizetype i = 0; i < sorted.size(); ++i)
        sorted[i] = i;
    std::sort(sorted.begin(), sorted.end(), [&](qsizetype a, qsizetype b) { return m_names[a] < m_names[b]; });
    order.assign(size_t(sorted.size()), 0);
    appendVarint(out, quint64(sorted.size()));
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        order[size_t(sorted[i])] = quint16(i);
        const QByteArray &name = m_names[sorted[i]];
        const quint64 number = book.number(name);
        appendVarint(out, number);
        if (number == 0)
            out.append(char(quint8(name.size()))).append(name.left(255));
    }
}

int SharedNames::shared(const QByteArray &name)
{
    auto it = m_index.constFind(name);
    if (it == m_index.constEnd()) {
        if (m_names.size() > 0xffff)
            return -1;
        const QByteArray copy(name.constData(), name.size());
        it = m_index.insert(copy, quint16(m_names.size()));
        m_names << copy;
    }
    return it.value();
}

bool SharedNames::readNumbered(const char *&p, const char *end, const NameBook &book)
{
    quint64 n = 0;
    if (!readVarint(p, end, n) || n > 0xffff)
        return false;
    m_local.clear();
    for (quint64 i = 0; i < n; ++i) {
        quint64 number = 0;
        if (!readVarint(p, end, number))
            return false;
        int at = -1;
        if (number == 0) {
            if (p >= end || end - p - 1 < quint8(*p))
                return false;
            at = shared(QByteArray::fromRawData(p + 1, quint8(*p)));
            p += 1 + quint8(*p);
        } else {
            // Numbers are 1, 2, 3, … as given; one out of that range is looked up each time.
            if (number < (1u << 20) && number < m_byNumber.size() && m_byNumber[size_t(number)] >= 0) {
                at = m_byNumber[size_t(number)];
            } else {
                const QByteArray *name = book.name(number);
                if (!name)
                    return false;
                at = shared(*name);
                if (number < (1u << 20)) {
                    if (number >= m_byNumber.size())
                        m_byNumber.resize(size_t(number) + 1, -1);
                    m_byNumber[size_t(number)] = at;
                }
            }
        }
        if (at < 0)
            return false;
        m_local.push_back(quint16(at));
    }
    return true;
}

Status rebuild(storage::Database &db, const Kind &kind, qint64 *changed, qint64 perPass)
{
    storage::Database::BulkCache cache(db);
    return db.transaction([&] { return rebuildNow(db, kind, changed, perPass > 0 ? perPass : kPerPass); });
}

quint64 nextSerial()
{
    static std::atomic<quint64> next{1};
    return next++;
}

Status refresh(storage::Database &db, const Kind &kind)
{
    // Nothing to store: no write transaction (it would wait for an import).
    auto current = db.scalar(u"SELECT (SELECT built FROM impact_facts_state WHERE name = ?) = 1 "
                             "AND NOT EXISTS (SELECT 1 FROM %1)"_s.arg(table(kind, "_facts_stale")),
                             {kind.name});
    if (!current)
        return current.error();
    if (current.value().toInt() == 1)
        return {};
    return db.transaction([&]() -> Status {
        auto isBuilt = state(db, kind, u"built"_s);
        if (!isBuilt)
            return isBuilt.error();
        bool regular = true;
        auto ids = isBuilt.value() ? marked(db, kind, kMaxStoredOneByOne, regular)
                                   : Result<QList<QByteArray>>(QList<QByteArray>());
        if (!ids)
            return ids.error();
        if (!isBuilt.value() || !regular) {
            storage::Database::BulkCache cache(db);
            return rebuildNow(db, kind, nullptr);
        }
        NameBook book;
        if (Status s = book.read(db); !s)
            return s;
        book.allowNumbering();
        for (const QByteArray &id : std::as_const(ids.value())) {
            auto packed = readHousehold(db, kind, id, book);
            if (!packed)
                return packed.error();
            if (Status s = store(db, kind, id, packed.value()); !s)
                return s;
        }
        if (Status s = book.storeNew(db); !s)
            return s;
        return ids.value().isEmpty() ? Status() : db.write(u"DELETE FROM %1"_s.arg(table(kind, "_facts_stale")), {});
    });
}

Result<bool> load(storage::Database &db, const Kind &kind,
                  const std::function<bool(const QByteArray &household, const QByteArray &packed)> &unpack,
                  const std::function<Result<bool>()> &usable, NameBook *book)
{
    // The marks, the marked households' rows and the stored rows at one
    // moment: a row another copy moved between two households and stored in
    // between would be counted twice, or not at all.
    return atOneMoment(db, [&]() -> Result<bool> {
        auto built = state(db, kind, u"built = 1 AND odd_ids = 0"_s);
        if (!built)
            return built.error();
        if (!built.value())
            return false;
        if (usable) {
            auto yes = usable();
            if (!yes || !yes.value())
                return yes;
        }
        bool regular = true;
        auto ids = marked(db, kind, kMaxMarked, regular);
        if (!ids)
            return ids.error();
        if (!regular)
            return false;
        NameBook own;
        NameBook &names = book ? *book : own;
        if (Status s = names.read(db); !s)
            return s.error();
        QHash<QByteArray, QByteArray> fresh; // the marked households' rows, packed
        for (const QByteArray &id : std::as_const(ids.value())) {
            auto packed = readHousehold(db, kind, id, names);
            if (!packed)
                return packed.error();
            fresh.insert(id, packed.value());
        }
        bool ok = true;
        const Status s = db.read(u"SELECT household_id, packed FROM %1"_s.arg(table(kind, "_facts")), {},
                                 [&](const storage::RawRow &row) {
                                     const QByteArray id = row.rawBytes(0);
                                     if (ok && !fresh.contains(id))
                                         ok = unpack(id, row.rawBytes(1));
                                 });
        if (!s)
            return s.error();
        for (auto it = fresh.cbegin(); ok && it != fresh.cend(); ++it)
            if (!it.value().isEmpty())
                ok = unpack(it.key(), it.value());
        return ok;
    });
}

} // namespace tamkeen::impact::facts
