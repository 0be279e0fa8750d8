#include "impact/ClinicFacts.h"

#include "impact/ScopeOrder.h"
#include "storage/Database.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QtEndian>
#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

namespace {

// Read one by one below this; beyond it SQL over the tables is as quick, and
// refresh() stores them (the first dashboard after a large import).
constexpr int kMaxMarked = 5000;
// refresh() stores up to this many one by one (about 0.1 ms each at 100,000
// households), beyond it makes every row again (about 4 s there).
constexpr int kMaxStoredOneByOne = 30000;
constexpr char kFormat = 1;
constexpr char kIrregular = 1; // a flag of the row's second byte

// Every followed row, or one household's (%1), as the indicators' SQL reads
// them: sessions held at a time, appointments attended or not come to. The
// flags say whether the values are as the application writes them.
const QString kRows = u"SELECT household_id, 0, counsellor_id, held_at, typeof(held_at) = 'text', "
                      "typeof(household_id) = 'blob' AND length(household_id) = 16, "
                      "typeof(counsellor_id) IN ('blob', 'null') "
                      "FROM sessions WHERE deleted = 0 AND held_at IS NOT NULL %1 "
                      "UNION ALL SELECT household_id, CASE WHEN status = 'no_show' THEN 2 ELSE 1 END, counsellor_id, "
                      "starts_at, typeof(starts_at) = 'text', "
                      "typeof(household_id) = 'blob' AND length(household_id) = 16, "
                      "typeof(counsellor_id) IN ('blob', 'null') "
                      "FROM appointments WHERE deleted = 0 AND status IN ('attended', 'no_show') %1"_s;

// One household's events before packing; counsellor: an index in `counsellors`.
struct Unpacked {
    QList<QByteArray> counsellors;
    std::vector<ClinicFacts::Event> events;
    bool irregular = false;

    void add(const storage::RawRow &row)
    {
        const qint64 day = ScopeOrder::julianDay(row.rawBytes(3));
        const QByteArray counsellor = row.rawBytes(2);
        if (day == 0 || row.integer(4) == 0 || row.integer(5) == 0 || row.integer(6) == 0 || counsellor.size() > 255)
            irregular = true;
        qsizetype at = counsellors.indexOf(counsellor);
        if (at < 0) {
            at = counsellors.size();
            counsellors << QByteArray(counsellor.constData(), counsellor.size());
        }
        if (at > 0xffff)
            irregular = true;
        events.push_back({qint32(day), quint16(at), quint8(row.integer(1))});
    }

    // Packed: format, flags, the counsellors (count, then length and bytes
    // each), then 7 bytes an event (day, counsellor, kind), little-endian; in
    // one order whatever order the rows came in, so that rebuild() can compare.
    QByteArray packed() const
    {
        QList<qsizetype> order(counsellors.size());
        for (qsizetype i = 0; i < order.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return counsellors[a] < counsellors[b]; });
        std::vector<quint16> place(size_t(order.size()));
        for (qsizetype i = 0; i < order.size(); ++i)
            place[size_t(order[i])] = quint16(i);
        std::vector<ClinicFacts::Event> sorted = events;
        for (ClinicFacts::Event &e : sorted)
            e.counsellor = place[e.counsellor];
        std::sort(sorted.begin(), sorted.end(), [](const ClinicFacts::Event &a, const ClinicFacts::Event &b) {
            return std::tie(a.day, a.kind, a.counsellor) < std::tie(b.day, b.kind, b.counsellor);
        });
        QByteArray out;
        out.reserve(4 + counsellors.size() * 17 + qsizetype(sorted.size()) * 7);
        out.append(kFormat).append(irregular ? kIrregular : char(0));
        char two[2], four[4];
        qToLittleEndian(quint16(counsellors.size()), two);
        out.append(two, 2);
        for (qsizetype i : order)
            out.append(char(quint8(counsellors[i].size()))).append(counsellors[i].left(255));
        for (const ClinicFacts::Event &e : sorted) {
            qToLittleEndian(e.day, four);
            qToLittleEndian(e.counsellor, two);
            out.append(four, 4).append(two, 2).append(char(e.kind));
        }
        return out;
    }
};

Result<bool> built(storage::Database &db)
{
    auto b = db.scalar(u"SELECT built FROM impact_facts_state WHERE name = 'clinic'"_s);
    if (!b)
        return b.error();
    return b.value().toInt() == 1;
}

// Built, and no followed row names its household by another value than a
// 16-byte blob: such a row is not found by its household's blob id, so the
// rows read again for a marked household could miss it (rebuild() says).
Result<bool> usable(storage::Database &db)
{
    auto b = db.scalar(u"SELECT built = 1 AND odd_ids = 0 FROM impact_facts_state WHERE name = 'clinic'"_s);
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
Result<QList<QByteArray>> marked(storage::Database &db, int limit, bool &regular)
{
    QList<QByteArray> ids;
    regular = true;
    const Status s = db.read(u"SELECT household_id, typeof(household_id) = 'blob' AND length(household_id) = 16 "
                             "FROM clinic_facts_stale LIMIT ?"_s,
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

Result<Unpacked> readHousehold(storage::Database &db, const QByteArray &id)
{
    Unpacked u;
    const Status s = db.read(kRows.arg(u"AND household_id = ?1"_s), {id}, [&](const storage::RawRow &row) { u.add(row); });
    if (!s)
        return s.error();
    return u;
}

Status store(storage::Database &db, const QByteArray &id, const Unpacked &u)
{
    if (u.events.empty())
        return db.write(u"DELETE FROM clinic_facts WHERE household_id = ?"_s, {id});
    return db.write(u"INSERT OR REPLACE INTO clinic_facts(household_id, events) VALUES (?, ?)"_s, {id, u.packed()});
}

Status rebuildNow(storage::Database &db, qint64 *changed)
{
    // Every row, grouped by household (one scan of each covering index).
    QHash<QByteArray, Unpacked> all;
    bool oddIds = false;
    Status s = db.read(kRows.arg(QString()), {}, [&](const storage::RawRow &row) {
        const QByteArray household = row.rawBytes(0);
        oddIds = oddIds || row.integer(5) == 0;
        auto it = all.find(household);
        if (it == all.end())
            it = all.insert(QByteArray(household.constData(), household.size()), Unpacked());
        it->add(row);
    });
    if (!s)
        return s;
    QList<QByteArray> ids = all.keys();
    std::sort(ids.begin(), ids.end());
    auto wasBuilt = built(db);
    if (!wasBuilt)
        return wasBuilt.error();
    if (changed)
        *changed = 0;
    if (changed && wasBuilt.value()) {
        // Wrong: a row that differs from its household's rows when no write
        // marked it (a marked one is read from its rows until stored).
        QHash<QByteArray, QByteArray> stored;
        s = db.read(u"SELECT household_id, events FROM clinic_facts WHERE household_id NOT IN "
                    "(SELECT household_id FROM clinic_facts_stale)"_s,
                    {}, [&](const storage::RawRow &row) { stored.insert(row.blob(0), row.blob(1)); });
        QSet<QByteArray> marked;
        if (s)
            s = db.read(u"SELECT household_id FROM clinic_facts_stale"_s, {},
                        [&](const storage::RawRow &row) { marked.insert(row.blob(0)); });
        if (!s)
            return s;
        for (const QByteArray &id : std::as_const(ids))
            if (!marked.contains(id) && stored.take(id) != all.value(id).packed())
                ++*changed;
        *changed += stored.size(); // rows of households that have none now
    }
    s = db.execScript(u"DELETE FROM clinic_facts; DELETE FROM clinic_facts_stale"_s);
    for (qsizetype i = 0; s && i < ids.size(); ++i)
        s = store(db, ids[i], all.value(ids[i]));
    if (s)
        s = db.write(u"UPDATE impact_facts_state SET built = 1, odd_ids = ? WHERE name = 'clinic'"_s, {int(oddIds)});
    return s;
}

} // namespace

bool ClinicFacts::follows(const QString &table)
{
    return table == u"sessions" || table == u"appointments";
}

Status ClinicFacts::markHouseholdOf(storage::Database &db, const QString &table, const QByteArray &id)
{
    if (!follows(table))
        return {};
    return db.write(u"INSERT OR IGNORE INTO clinic_facts_stale SELECT household_id FROM \"%1\" WHERE id = ?"_s.arg(table),
                    {id});
}

Status ClinicFacts::rebuild(storage::Database &db, qint64 *changed)
{
    storage::Database::BulkCache cache(db);
    return db.transaction([&] { return rebuildNow(db, changed); });
}

Status ClinicFacts::refresh(storage::Database &db)
{
    // Nothing to store: no write transaction (it would wait for an import).
    auto current = db.scalar(u"SELECT (SELECT built FROM impact_facts_state WHERE name = 'clinic') = 1 "
                             "AND NOT EXISTS (SELECT 1 FROM clinic_facts_stale)"_s);
    if (!current)
        return current.error();
    if (current.value().toInt() == 1)
        return {};
    return db.transaction([&]() -> Status {
        auto isBuilt = built(db);
        if (!isBuilt)
            return isBuilt.error();
        bool regular = true;
        auto ids = isBuilt.value() ? marked(db, kMaxStoredOneByOne, regular)
                                   : Result<QList<QByteArray>>(QList<QByteArray>());
        if (!ids)
            return ids.error();
        if (!isBuilt.value() || !regular) {
            storage::Database::BulkCache cache(db);
            return rebuildNow(db, nullptr);
        }
        for (const QByteArray &id : std::as_const(ids.value())) {
            auto u = readHousehold(db, id);
            if (!u)
                return u.error();
            if (Status s = store(db, id, u.value()); !s)
                return s;
        }
        return ids.value().isEmpty() ? Status() : db.write(u"DELETE FROM clinic_facts_stale"_s, {});
    });
}

Result<std::shared_ptr<const ClinicFacts>> ClinicFacts::load(storage::Database &db)
{
    // The marks, the marked households' rows and the stored rows at one
    // moment: a session another copy moved between two households and
    // stored in between would be counted twice, or not at all.
    return atOneMoment(db, [&] { return loadNow(db); });
}

Result<std::shared_ptr<const ClinicFacts>> ClinicFacts::loadNow(storage::Database &db)
{
    auto isUsable = usable(db);
    if (!isUsable)
        return isUsable.error();
    if (!isUsable.value())
        return std::shared_ptr<const ClinicFacts>();
    bool regular = true;
    auto ids = marked(db, kMaxMarked, regular);
    if (!ids)
        return ids.error();
    if (!regular)
        return std::shared_ptr<const ClinicFacts>();
    QHash<QByteArray, QByteArray> fresh; // the marked households' rows, packed
    for (const QByteArray &id : std::as_const(ids.value())) {
        auto u = readHousehold(db, id);
        if (!u)
            return u.error();
        fresh.insert(id, u.value().packed());
    }

    auto facts = std::make_shared<ClinicFacts>();
    QHash<QByteArray, quint16> counsellorIndex;
    std::vector<quint16> local;
    // Unpacks one household's row; false when it holds an irregular value or is damaged.
    const auto unpack = [&](const QByteArray &id, const QByteArray &packed) {
        const char *p = packed.constData(), *end = p + packed.size();
        if (id.size() != 16 || packed.size() < 4 || p[0] != kFormat || (p[1] & kIrregular))
            return false;
        const quint16 n = qFromLittleEndian<quint16>(p + 2);
        p += 4;
        local.clear();
        for (quint16 i = 0; i < n; ++i) {
            if (p >= end || end - p - 1 < quint8(*p))
                return false;
            const QByteArray counsellor(p + 1, quint8(*p));
            p += 1 + quint8(*p);
            auto it = counsellorIndex.constFind(counsellor);
            if (it == counsellorIndex.constEnd()) {
                if (facts->m_counsellors.size() > 0xffff)
                    return false;
                it = counsellorIndex.insert(counsellor, quint16(facts->m_counsellors.size()));
                facts->m_counsellors << counsellor;
            }
            local.push_back(it.value());
        }
        if ((end - p) % 7 != 0)
            return false;
        for (; p < end; p += 7) {
            const quint16 c = qFromLittleEndian<quint16>(p + 4);
            if (c >= local.size())
                return false;
            facts->m_events.push_back({qFromLittleEndian<qint32>(p), local[c], quint8(p[6])});
        }
        facts->m_ids.append(id);
        facts->m_ends.push_back(quint32(facts->m_events.size()));
        return true;
    };
    bool ok = true;
    const Status s = db.read(u"SELECT household_id, events FROM clinic_facts"_s, {}, [&](const storage::RawRow &row) {
        const QByteArray id = row.rawBytes(0);
        if (ok && !fresh.contains(id))
            ok = unpack(id, row.rawBytes(1));
    });
    if (!s)
        return s.error();
    for (auto it = fresh.cbegin(); ok && it != fresh.cend(); ++it)
        if (it.value().size() > 4) // none left: nothing to count
            ok = unpack(it.key(), it.value());
    if (!ok)
        return std::shared_ptr<const ClinicFacts>();
    return std::shared_ptr<const ClinicFacts>(std::move(facts));
}

} // namespace tamkeen::impact
