#include "impact/ClinicFacts.h"

#include "impact/KeptFacts.h"
#include "impact/ScopeOrder.h"
#include "storage/Database.h"

#include <QHash>
#include <QList>
#include <QtEndian>
#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

namespace {

constexpr char kFormat = 1;
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

    // Format, flags, the counsellors (RowNames), then 7 bytes an event (day,
    // counsellor, kind), little-endian; in one order whatever order the rows
    // came in, so that rebuild() can compare.
    QByteArray packed() const override
    {
        if (m_events.empty())
            return {};
        QByteArray out;
        out.reserve(4 + qsizetype(m_events.size()) * 7 + 34);
        out.append(kFormat).append(m_irregular ? kIrregular : char(0));
        std::vector<quint16> order;
        m_counsellors.write(out, order);
        std::vector<ClinicFacts::Event> sorted = m_events;
        for (ClinicFacts::Event &e : sorted)
            e.counsellor = order[e.counsellor];
        std::sort(sorted.begin(), sorted.end(), [](const ClinicFacts::Event &a, const ClinicFacts::Event &b) {
            return std::tie(a.day, a.kind, a.counsellor) < std::tie(b.day, b.kind, b.counsellor);
        });
        char two[2], four[4];
        for (const ClinicFacts::Event &e : sorted) {
            qToLittleEndian(e.day, four);
            qToLittleEndian(e.counsellor, two);
            out.append(four, 4).append(two, 2).append(char(e.kind));
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
    // Unpacks one household's row; false when it holds an irregular value or is damaged.
    const auto unpack = [&](const QByteArray &id, const QByteArray &packed) {
        const char *p = packed.constData(), *end = p + packed.size();
        if (id.size() != 16 || packed.size() < 2 || p[0] != kFormat || (p[1] & kIrregular))
            return false;
        p += 2;
        if (!counsellors.read(p, end) || (end - p) % 7 != 0)
            return false;
        for (; p < end; p += 7) {
            const quint16 c = qFromLittleEndian<quint16>(p + 4);
            if (c >= counsellors.localCount())
                return false;
            kept->m_events.push_back({qFromLittleEndian<qint32>(p), counsellors.local(c), quint8(p[6])});
        }
        kept->m_ids.append(id);
        kept->m_ends.push_back(quint32(kept->m_events.size()));
        return true;
    };
    auto read = facts::load(db, kind(), unpack);
    if (!read)
        return read.error();
    if (!read.value())
        return std::shared_ptr<const ClinicFacts>();
    kept->m_counsellors = counsellors.names();
    return std::shared_ptr<const ClinicFacts>(std::move(kept));
}

} // namespace tamkeen::impact
