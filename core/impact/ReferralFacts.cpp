#include "impact/ReferralFacts.h"

#include "impact/KeptFacts.h"
#include "impact/ReferralHistory.h"
#include "impact/ScopeOrder.h"
#include "storage/Database.h"

#include <QHash>
#include <QtEndian>
#include <algorithm>
#include <limits>
#include <tuple>

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

namespace {

// 2: partners by their number in the copy's NameBook and each referral as
// varints (its day sent less the one before, zigzag; each stage's day less
// the day sent, zigzag plus one, or 0 when never reached; partner * 2 +
// outcome): 13.1 MB at 100,000 households before. Rows of format 1 are made again after migration 28.
constexpr char kFormat = 2;
constexpr char kIrregular = 1; // a flag of the row's second byte

// Zigzag: a signed distance as an unsigned varint, small either way.
quint64 zigzag(qint64 v)
{
    return (quint64(v) << 1) ^ quint64(v >> 63);
}

qint64 unzigzag(quint64 v)
{
    return qint64(v >> 1) ^ -qint64(v & 1);
}

// Beyond 2^34 no distance between two qint32 days.
constexpr quint64 kMaxDistance = quint64(1) << 34;

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

    // Format, flags, the partners (RowNames::writeNumbered), the number of
    // referrals, then each as varints (kFormat says which), in one order
    // whatever order the rows came in (rebuild() compares).
    QByteArray packed() const override
    {
        if (m_byId.isEmpty())
            return {};
        QByteArray out;
        out.reserve(8 + m_byId.size() * 6 + 34);
        out.append(kFormat).append(m_irregular ? kIrregular : char(0));
        std::vector<quint16> order;
        m_partners.writeNumbered(out, order, *book);
        std::vector<ReferralFacts::Referral> sorted;
        for (ReferralFacts::Referral x : m_byId) {
            x.partner = order[x.partner];
            sorted.push_back(x);
        }
        std::sort(sorted.begin(), sorted.end(), [](const ReferralFacts::Referral &a, const ReferralFacts::Referral &b) {
            return std::tie(a.sent, a.accepted, a.rejected, a.completed, a.partner, a.outcome)
                   < std::tie(b.sent, b.accepted, b.rejected, b.completed, b.partner, b.outcome);
        });
        facts::appendVarint(out, sorted.size());
        qint64 before = 0;
        for (const ReferralFacts::Referral &x : sorted) {
            facts::appendVarint(out, zigzag(qint64(x.sent) - before));
            for (qint32 day : {x.accepted, x.rejected, x.completed})
                facts::appendVarint(out, day == 0 ? 0 : zigzag(qint64(day) - x.sent) + 1);
            facts::appendVarint(out, quint64(x.partner) * 2 + (x.outcome ? 1 : 0));
            before = x.sent;
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
    facts::NameBook book;
    // Unpacks one household's row; false when it holds an irregular value or is damaged.
    const auto unpack = [&](const QByteArray &id, const QByteArray &packed) {
        const char *p = packed.constData(), *end = p + packed.size();
        if (id.size() != 16 || packed.size() < 2 || p[0] != kFormat || (p[1] & kIrregular))
            return false;
        p += 2;
        quint64 count = 0;
        // At least five bytes a referral.
        if (!partners.readNumbered(p, end, book) || !facts::readVarint(p, end, count) || count > quint64(end - p) / 5)
            return false;
        qint64 sent = 0;
        const auto inRange = [](qint64 day) {
            return day >= std::numeric_limits<qint32>::min() && day <= std::numeric_limits<qint32>::max();
        };
        for (quint64 i = 0; i < count; ++i) {
            quint64 v = 0;
            // In order of the day sent (a Julian day, 1 or more, in a row not irregular).
            if (!facts::readVarint(p, end, v) || v > kMaxDistance || unzigzag(v) < 0)
                return false;
            sent += unzigzag(v);
            if (sent < 1 || !inRange(sent))
                return false;
            qint32 stage[3] = {0, 0, 0};
            for (qint32 &day : stage) {
                if (!facts::readVarint(p, end, v) || v > kMaxDistance)
                    return false;
                if (v != 0) {
                    const qint64 at = sent + unzigzag(v - 1);
                    if (!inRange(at))
                        return false;
                    day = qint32(at);
                }
            }
            if (!facts::readVarint(p, end, v) || v / 2 >= quint64(partners.localCount()))
                return false;
            kept->m_referrals.push_back({qint32(sent), stage[0], stage[1], stage[2], partners.local(quint16(v / 2)), (v & 1) != 0});
        }
        if (p != end)
            return false;
        kept->m_ids.append(id);
        kept->m_ends.push_back(quint32(kept->m_referrals.size()));
        return true;
    };
    auto read = facts::load(db, kind(), unpack, {}, &book);
    if (!read)
        return read.error();
    if (!read.value())
        return std::shared_ptr<const ReferralFacts>();
    kept->m_partners = partners.names();
    return std::shared_ptr<const ReferralFacts>(std::move(kept));
}

} // namespace tamkeen::impact
