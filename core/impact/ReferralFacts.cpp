#include "impact/ReferralFacts.h"

#include "impact/KeptFacts.h"
#include "impact/ReferralHistory.h"
#include "impact/ScopeOrder.h"
#include "storage/Database.h"

#include <QHash>
#include <QtEndian>
#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

namespace {

constexpr char kFormat = 1;
constexpr char kIrregular = 1; // a flag of the row's second byte
constexpr int kBytes = 19;     // a referral: four days, its partner, its outcome

// Each live referral with each of its live stages (a referral without any:
// once, with nulls), or one household's (%1); the flags say whether the
// values are as the application writes them (ReferralHistory's rules).
const QString kRows =
    u"SELECT r.household_id, typeof(r.household_id) = 'blob' AND length(r.household_id) = 16, "
    "r.id, r.partner_id, r.sent_on, ifnull(trim(r.outcome), '') <> '', "
    "typeof(r.id) = 'blob' AND length(r.id) = 16 AND typeof(r.partner_id) = 'blob' AND typeof(r.sent_on) = 'text', "
    "s.referral_id IS NOT NULL, s.status, s.on_date, typeof(s.status) = 'text' AND typeof(s.on_date) = 'text' "
    "FROM referrals r LEFT JOIN referral_status s ON s.referral_id = r.id AND s.deleted = 0 "
    "WHERE r.deleted = 0 %1"_s;


class Unpacked : public facts::Packer {
public:
    void add(const storage::RawRow &row) override
    {
        const QByteArray id = row.rawBytes(2);
        auto it = m_byId.find(id);
        if (it == m_byId.end()) {
            const qint32 sent = ReferralHistory::isoDay(row.rawBytes(4));
            if (sent == 0 || row.integer(1) == 0 || row.integer(6) == 0)
                m_irregular = true;
            const qsizetype at = m_partners.place(row.rawBytes(3));
            if (at < 0)
                m_irregular = true;
            it = m_byId.insert(QByteArray(id.constData(), id.size()),
                               {sent, 0, 0, 0, quint16(std::max<qsizetype>(at, 0)), row.integer(5) != 0});
        }
        if (row.integer(7) == 0)
            return; // no stage
        if (row.integer(10) == 0) {
            m_irregular = true; // SQL would not compare it as text
            return;
        }
        if (!ReferralHistory::reach(it.value(), row.rawBytes(8), row.rawBytes(9)))
            m_irregular = true;
    }

    // Format, flags, the partners (RowNames), then kBytes a referral,
    // little-endian, in one order whatever order the rows came in (rebuild()
    // compares).
    QByteArray packed() const override
    {
        if (m_byId.isEmpty())
            return {};
        QByteArray out;
        out.reserve(4 + m_byId.size() * kBytes + 34);
        out.append(kFormat).append(m_irregular ? kIrregular : char(0));
        std::vector<quint16> order;
        m_partners.write(out, order);
        std::vector<ReferralFacts::Referral> sorted;
        for (ReferralFacts::Referral x : m_byId) {
            x.partner = order[x.partner];
            sorted.push_back(x);
        }
        std::sort(sorted.begin(), sorted.end(), [](const ReferralFacts::Referral &a, const ReferralFacts::Referral &b) {
            return std::tie(a.sent, a.accepted, a.rejected, a.completed, a.partner, a.outcome)
                   < std::tie(b.sent, b.accepted, b.rejected, b.completed, b.partner, b.outcome);
        });
        char two[2], four[4];
        for (const ReferralFacts::Referral &x : sorted) {
            for (qint32 day : {x.sent, x.accepted, x.rejected, x.completed}) {
                qToLittleEndian(day, four);
                out.append(four, 4);
            }
            qToLittleEndian(x.partner, two);
            out.append(two, 2).append(char(x.outcome ? 1 : 0));
        }
        return out;
    }

private:
    QHash<QByteArray, ReferralFacts::Referral> m_byId;
    facts::RowNames m_partners;
    bool m_irregular = false;
};

const facts::Kind &kind()
{
    static const facts::Kind k{u"referral"_s, {kRows}, u"AND r.household_id = ?1"_s,
                               [] { return std::make_unique<Unpacked>(); }};
    return k;
}

} // namespace

Status ReferralFacts::rebuild(storage::Database &db, qint64 *changed, qint64 perPass)
{
    return facts::rebuild(db, kind(), changed, perPass);
}

Status ReferralFacts::refresh(storage::Database &db)
{
    return facts::refresh(db, kind());
}

Result<std::shared_ptr<const ReferralFacts>> ReferralFacts::load(storage::Database &db)
{
    auto kept = std::make_shared<ReferralFacts>();
    facts::SharedNames partners;
    // Unpacks one household's row; false when it holds an irregular value or is damaged.
    const auto unpack = [&](const QByteArray &id, const QByteArray &packed) {
        const char *p = packed.constData(), *end = p + packed.size();
        if (id.size() != 16 || packed.size() < 2 || p[0] != kFormat || (p[1] & kIrregular))
            return false;
        p += 2;
        if (!partners.read(p, end) || (end - p) % kBytes != 0)
            return false;
        for (; p < end; p += kBytes) {
            const quint16 partner = qFromLittleEndian<quint16>(p + 16);
            if (partner >= partners.localCount())
                return false;
            kept->m_referrals.push_back({qFromLittleEndian<qint32>(p), qFromLittleEndian<qint32>(p + 4),
                                         qFromLittleEndian<qint32>(p + 8), qFromLittleEndian<qint32>(p + 12),
                                         partners.local(partner), p[18] != 0});
        }
        kept->m_ids.append(id);
        kept->m_ends.push_back(quint32(kept->m_referrals.size()));
        return true;
    };
    auto read = facts::load(db, kind(), unpack);
    if (!read)
        return read.error();
    if (!read.value())
        return std::shared_ptr<const ReferralFacts>();
    kept->m_partners = partners.names();
    return std::shared_ptr<const ReferralFacts>(std::move(kept));
}

} // namespace tamkeen::impact
