#include "impact/ReferralHistory.h"

#include "impact/ReferralFacts.h"
#include "storage/Database.h"

#include <QHash>
#include <algorithm>
#include <array>
#include <cstring>

using namespace Qt::StringLiterals;

namespace tamkeen::impact {


Result<std::shared_ptr<const ReferralHistory>> ReferralHistory::load(storage::Database &db,
                                                                     const std::shared_ptr<const ScopeOrder> &kept,
                                                                     const ReferralFacts *facts)
{
    const ScopeOrder &scope = *kept;
    const auto invalid = [] { return makeError(ErrorCode::Invalid, u"a referral dated in another form than ISO"_s); };
    if (!scope.blobIds())
        return invalid();
    auto h = std::make_shared<ReferralHistory>();
    h->m_scope = kept;
    bool irregular = false;
    // Every partner, as the join with partners saw them (archived ones too).
    QHash<QByteArray, qint32> partners;
    Status s = db.read(u"SELECT id, name, kind, typeof(id) = 'blob' FROM partners"_s, {}, [&](const storage::RawRow &r) {
        irregular = irregular || r.integer(3) == 0;
        partners.insert(r.blob(0), qint32(h->m_partnerIds.size()));
        h->m_partnerIds << r.blob(0);
        h->m_partnerNames << r.text(1);
        h->m_partnerKinds << r.text(2);
    });
    if (!s)
        return s.error();
    if (irregular)
        return invalid();
    if (facts) {
        // Each household's referrals kept (ReferralFacts), their partners
        // looked up once each; one not synced yet is left out, as the join did.
        std::vector<qint32> partnerOf;
        for (const QByteArray &id : facts->partners())
            partnerOf.push_back(partners.value(id, -1));
        const std::vector<qint32> &ranks = scope.ranksOf(*facts);
        for (qsizetype i = 0; i < facts->size(); ++i) {
            const qint32 household = ranks[size_t(i)];
            if (household < 0)
                continue;
            for (const ReferralFacts::Referral *x = facts->begin(i); x != facts->end(i); ++x)
                if (const qint32 partner = partnerOf[x->partner]; partner >= 0)
                    h->m_referrals.push_back({household, partner, x->sent, x->accepted, x->rejected, x->completed,
                                              x->outcome});
        }
        return std::shared_ptr<const ReferralHistory>(std::move(h));
    }
    // The live referrals of households in scope, in table order, then their
    // ids sorted to be met by their stages in the index's order (no look-up
    // table of 400,000 keys at 100,000 households).
    std::vector<std::pair<std::array<char, 16>, qint32>> byId;
    s = db.read(u"SELECT id, household_id, partner_id, sent_on, ifnull(trim(outcome), '') <> '', "
                "typeof(id) = 'blob' AND length(id) = 16 AND typeof(partner_id) = 'blob' AND typeof(sent_on) = 'text' "
                "FROM referrals "
                "WHERE deleted = 0"_s,
                {}, [&](const storage::RawRow &r) {
                    const qint32 household = scope.rank(r.rawBytes(1));
                    if (household < 0 || irregular)
                        return;
                    const qint32 sent = isoDay(r.rawBytes(3));
                    if (sent == 0 || r.integer(5) == 0) {
                        irregular = true;
                        return;
                    }
                    const qint32 partner = partners.value(r.rawBytes(2), -1);
                    if (partner < 0)
                        return; // not synced yet: not counted, as the join left it out
                    const QByteArray referral = r.rawBytes(0);
                    std::array<char, 16> id;
                    std::memcpy(id.data(), referral.constData(), 16);
                    byId.emplace_back(id, qint32(h->m_referrals.size()));
                    h->m_referrals.push_back({household, partner, sent, 0, 0, 0, r.integer(4) != 0});
                });
    if (!s)
        return s.error();
    if (irregular)
        return invalid();
    // As SQLite orders blobs: byte by byte, unsigned.
    const auto before = [](const char *a, const char *b) { return std::memcmp(a, b, 16) < 0; };
    std::sort(byId.begin(), byId.end(), [&](const auto &a, const auto &b) { return before(a.first.data(), b.first.data()); });
    // Their stages, from index referral_status_live in its order: the first day of each.
    size_t next = 0;
    s = db.read(u"SELECT referral_id, status, on_date, typeof(status) = 'text' AND typeof(on_date) = 'text' "
                "FROM referral_status WHERE deleted = 0 "
                "AND typeof(referral_id) = 'blob' AND length(referral_id) = 16 ORDER BY referral_id"_s,
                {}, [&](const storage::RawRow &r) {
                    const QByteArray referral = r.rawBytes(0); // SQLite's bytes, valid for the row
                    const char *id = referral.constData();
                    while (next < byId.size() && before(byId[next].first.data(), id))
                        ++next;
                    if (next == byId.size() || std::memcmp(byId[next].first.data(), id, 16) != 0 || irregular)
                        return;
                    const qint32 at = byId[next].second;
                    if (r.integer(3) == 0) {
                        irregular = true; // SQL would not compare it as text
                        return;
                    }
                    if (!reach(h->m_referrals[size_t(at)], r.rawBytes(1), r.rawBytes(2)))
                        irregular = true;
                });
    if (!s)
        return s.error();
    if (irregular)
        return invalid();
    return std::shared_ptr<const ReferralHistory>(std::move(h));
}

} // namespace tamkeen::impact
