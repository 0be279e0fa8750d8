#include "impact/ClinicFacts.h"

#include "impact/KeptFacts.h"
#include "impact/ScopeOrder.h"
#include "storage/Database.h"

#include <QHash>
#include <QList>
#include <QtEndian>
#include <algorithm>
#include <limits>
#include <tuple>

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

namespace {

// 2: counsellors by their number in the copy's NameBook, events as varints
// (day from the one before, counsellor and kind in one number): about 2
// bytes an event instead of 7 and a byte a counsellor instead of 17 (37 MB
// at 100,000 households, now 6.7). Rows of format 1 are made again after
// migration 28.
constexpr char kFormat = 2;
constexpr char kIrregular = 1; // a flag of the row's second byte

// Every followed row, or one household's (%1), as the indicators' SQL reads
// them: sessions held at a time, appointments attended or not come to. The
// flags say whether the values are as the application writes them.
const QString kRows = u"SELECT household_id, typeof(household_id) = 'blob' AND length(household_id) = 16, "
                      "0, counsellor_id, held_at, typeof(held_at) = 'text', typeof(counsellor_id) IN ('blob', 'null') "
                      "FROM sessions WHERE deleted = 0 AND held_at IS NOT NULL %1 "
                      "UNION ALL SELECT household_id, typeof(household_id) = 'blob' AND length(household_id) = 16, "
                      "CASE WHEN status = 'no_show' THEN 2 ELSE 1 END, counsellor_id, starts_at, "
                      "typeof(starts_at) = 'text', typeof(counsellor_id) IN ('blob', 'null') "
                      "FROM appointments WHERE deleted = 0 AND status IN ('attended', 'no_show') %1"_s;

// One household's events; counsellor: its place in `m_counsellors`.
class Unpacked : public facts::Packer {
public:
    void add(const storage::RawRow &row) override
    {
        const qint64 day = ScopeOrder::julianDay(row.rawBytes(4));
        if (day == 0 || row.integer(1) == 0 || row.integer(5) == 0 || row.integer(6) == 0)
            m_irregular = true;
        const qsizetype at = m_counsellors.place(row.rawBytes(3));
        if (at < 0)
            m_irregular = true; // kept, so that the row is stored and refused as irregular
        m_events.push_back({qint32(day), quint16(std::max<qsizetype>(at, 0)), quint8(row.integer(2))});
    }

    // Format, flags, the counsellors (RowNames::writeNumbered), the number of events, then
    // each event as two varints: its day less the one before (the first: its
    // day), and counsellor * 3 + kind; in one order whatever order the rows
    // came in, so that rebuild() can compare.
    QByteArray packed() const override
    {
        if (m_events.empty())
            return {};
        QByteArray out;
        out.reserve(8 + qsizetype(m_events.size()) * 2 + 34);
        out.append(kFormat).append(m_irregular ? kIrregular : char(0));
        std::vector<quint16> order;
        m_counsellors.writeNumbered(out, order, *book);
        std::vector<ClinicFacts::Event> sorted = m_events;
        for (ClinicFacts::Event &e : sorted)
            e.counsellor = order[e.counsellor];
        std::sort(sorted.begin(), sorted.end(), [](const ClinicFacts::Event &a, const ClinicFacts::Event &b) {
            return std::tie(a.day, a.kind, a.counsellor) < std::tie(b.day, b.kind, b.counsellor);
        });
        facts::appendVarint(out, sorted.size());
        qint32 before = 0;
        for (const ClinicFacts::Event &e : sorted) {
            // Days are Julian days (> 0) or 0 for a day not read (the row is irregular then).
            facts::appendVarint(out, quint64(quint32(e.day - before)));
            facts::appendVarint(out, quint64(e.counsellor) * 3 + std::min<quint8>(e.kind, 2));
            before = e.day;
        }
        return out;
    }

private:
    facts::RowNames m_counsellors;
    std::vector<ClinicFacts::Event> m_events;
    bool m_irregular = false;
};

const facts::Kind &kind()
{
    static const facts::Kind k{u"clinic"_s, {kRows}, u"AND household_id = ?1"_s,
                               [] { return std::make_unique<Unpacked>(); }};
    return k;
}

} // namespace

Status ClinicFacts::rebuild(storage::Database &db, qint64 *changed, qint64 perPass)
{
    return facts::rebuild(db, kind(), changed, perPass);
}

Status ClinicFacts::refresh(storage::Database &db)
{
    return facts::refresh(db, kind());
}

Result<std::shared_ptr<const ClinicFacts>> ClinicFacts::load(storage::Database &db)
{
    auto kept = std::make_shared<ClinicFacts>();
    facts::SharedNames counsellors;
    facts::NameBook book;
    // Unpacks one household's row; false when it holds an irregular value or is damaged.
    const auto unpack = [&](const QByteArray &id, const QByteArray &packed) {
        const char *p = packed.constData(), *end = p + packed.size();
        if (id.size() != 16 || packed.size() < 2 || p[0] != kFormat || (p[1] & kIrregular))
            return false;
        p += 2;
        quint64 count = 0;
        if (!counsellors.readNumbered(p, end, book) || !facts::readVarint(p, end, count) || count > quint64(end - p) / 2)
            return false;
        qint64 day = 0;
        for (quint64 i = 0; i < count; ++i) {
            quint64 delta = 0, ck = 0;
            if (!facts::readVarint(p, end, delta) || !facts::readVarint(p, end, ck))
                return false;
            // Days are Julian days, 1 or more, within qint32 (a row of day 0 is irregular).
            if (delta > quint64(std::numeric_limits<qint32>::max()))
                return false;
            day += qint64(delta);
            const quint64 c = ck / 3;
            if (c >= quint64(counsellors.localCount()) || day < 1 || day > std::numeric_limits<qint32>::max())
                return false;
            kept->m_events.push_back({qint32(day), counsellors.local(quint16(c)), quint8(ck % 3)});
        }
        if (p != end)
            return false;
        kept->m_ids.append(id);
        kept->m_ends.push_back(quint32(kept->m_events.size()));
        return true;
    };
    auto read = facts::load(db, kind(), unpack, {}, &book);
    if (!read)
        return read.error();
    if (!read.value())
        return std::shared_ptr<const ClinicFacts>();
    kept->m_counsellors = counsellors.names();
    return std::shared_ptr<const ClinicFacts>(std::move(kept));
}

} // namespace tamkeen::impact
