#include "impact/StatusFacts.h"

#include "impact/KeptFacts.h"
#include "impact/ScopeOrder.h"
#include "storage/Database.h"

#include <QHash>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

namespace {

constexpr char kFormat = 1;
constexpr char kIrregular = 1; // a flag of the row's second byte
constexpr int kBytes = 5;      // a change: its day, its status

// The live members, then the live status changes of each household in the
// order StatusHistory reads them (index household_status_live): by date,
// then as made (created_at, id). %1: one household's.
const QStringList kRows = {
    u"SELECT household_id, typeof(household_id) = 'blob' AND length(household_id) = 16, 0 "
    "FROM members WHERE deleted = 0 %1"_s,
    u"SELECT household_id, typeof(household_id) = 'blob' AND length(household_id) = 16, 1, effective_date, status "
    "FROM household_status WHERE deleted = 0 %1 ORDER BY household_id, effective_date, created_at, id"_s};

class Unpacked : public facts::Packer {
public:
    void add(const storage::RawRow &row) override
    {
        if (row.integer(2) == 0) {
            ++m_members;
            return;
        }
        const QByteArray date = row.rawBytes(3);
        const qint32 day = date.size() == 10 ? ScopeOrder::dayKey(date) : -1;
        const QByteArray status = row.rawBytes(4);
        qsizetype at = m_statuses.indexOf(status);
        if (at < 0) {
            at = m_statuses.size();
            m_statuses << QByteArray(status.constData(), status.size());
        }
        if (day < 0 || at > 255 || status.size() > 255)
            m_irregular = true;
        m_changes.push_back({day, quint8(at)});
    }

    // Format, flags, the members (4 bytes), the statuses (count, then length
    // and bytes each), then kBytes a change, little-endian, in their order.
    QByteArray packed() const override
    {
        if (m_members == 0 && m_changes.empty())
            return {};
        QByteArray out;
        out.reserve(7 + m_statuses.size() * 10 + qsizetype(m_changes.size()) * kBytes);
        out.append(kFormat).append(m_irregular ? kIrregular : char(0));
        char four[4];
        qToLittleEndian(quint32(m_members), four);
        out.append(four, 4).append(char(quint8(m_statuses.size())));
        for (const QByteArray &status : m_statuses)
            out.append(char(quint8(status.size()))).append(status.left(255));
        for (const StatusFacts::Change &c : m_changes) {
            qToLittleEndian(c.day, four);
            out.append(four, 4).append(char(c.status));
        }
        return out;
    }

private:
    quint32 m_members = 0;
    QList<QByteArray> m_statuses;
    std::vector<StatusFacts::Change> m_changes;
    bool m_irregular = false;
};

const facts::Kind &kind()
{
    static const facts::Kind k{u"status"_s, kRows, u"AND household_id = ?1"_s,
                               [] { return std::make_unique<Unpacked>(); }};
    return k;
}

} // namespace

Status StatusFacts::rebuild(storage::Database &db, qint64 *changed, qint64 perPass)
{
    return facts::rebuild(db, kind(), changed, perPass);
}

Status StatusFacts::refresh(storage::Database &db)
{
    return facts::refresh(db, kind());
}

Result<std::shared_ptr<const StatusFacts>> StatusFacts::load(storage::Database &db)
{
    auto kept = std::make_shared<StatusFacts>();
    QHash<QByteArray, quint8> statusIndex;
    std::vector<quint8> local;
    // Unpacks one household's row; false when it holds an irregular value or is damaged.
    const auto unpack = [&](const QByteArray &id, const QByteArray &packed) {
        const char *p = packed.constData(), *end = p + packed.size();
        if (id.size() != 16 || packed.size() < 7 || p[0] != kFormat || (p[1] & kIrregular))
            return false;
        const quint32 members = qFromLittleEndian<quint32>(p + 2);
        const quint8 n = quint8(p[6]);
        p += 7;
        local.clear();
        for (quint8 i = 0; i < n; ++i) {
            if (p >= end || end - p - 1 < quint8(*p))
                return false;
            const QByteArray status(p + 1, quint8(*p));
            p += 1 + quint8(*p);
            auto it = statusIndex.constFind(status);
            if (it == statusIndex.constEnd()) {
                if (kept->m_statuses.size() > 255)
                    return false;
                it = statusIndex.insert(status, quint8(kept->m_statuses.size()));
                kept->m_statuses << status;
            }
            local.push_back(it.value());
        }
        if ((end - p) % kBytes != 0)
            return false;
        for (; p < end; p += kBytes) {
            const quint8 status = quint8(p[4]);
            if (status >= local.size())
                return false;
            kept->m_changes.push_back({qFromLittleEndian<qint32>(p), local[status]});
        }
        kept->m_ids.append(id);
        kept->m_members.push_back(members);
        kept->m_ends.push_back(quint32(kept->m_changes.size()));
        return true;
    };
    auto read = facts::load(db, kind(), unpack);
    if (!read)
        return read.error();
    if (!read.value())
        return std::shared_ptr<const StatusFacts>();
    return std::shared_ptr<const StatusFacts>(std::move(kept));
}

} // namespace tamkeen::impact
