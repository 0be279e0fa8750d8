// Indicator 8, referrals and partners, on the hand-built fixture of
// ReferralsFixture.h (its comment lists every referral and stage).
#include "ReferralsFixture.h"
#include "impact/IndicatorReport.h"
#include "storage/SyncedWriter.h"

using namespace tamkeen;
using namespace tamkeen::impact;
using namespace tamkeen::test::clinicfixture;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

const ReferralLine &kind(const ReferralFigures &r, const char *key)
{
    for (const ReferralLine &l : r.kinds)
        if (l.kind == QLatin1StringView(key))
            return l;
    FAIL("no kind " << key);
    return r.total;
}

} // namespace

TEST_CASE("Referrals and partners: sent in the period, how far each went by its last day, and days to completion",
          "[impact]")
{
    Refs t;
    auto r = t.indicators.referrals(quarter(2025, 1));
    INFO((r ? std::string() : r.error().message.toStdString()));
    REQUIRE(r.ok());
    const ReferralFigures &x = r.value();
    // Sent in Q1: 1, 2, 3, 4 and 7 (5 on the day before and 6 on the day after are not).
    CHECK(x.total.sent.value == 5);
    CHECK(t.nums(x.total.sent.households) == QList<int>{0, 1, 2});
    // Accepted by 03-31: 1, 2 and 4; rejected: 3; completed: 1 and 4 (2 only on 04-15).
    CHECK(x.total.accepted.value == 3);
    CHECK(x.total.rejected.value == 1);
    CHECK(x.total.completed.value == 2);
    CHECK(*x.total.completedRate().value() == Approx(2.0 / 5.0));
    // 60 and 11 days: median 35.5.
    CHECK(*x.total.medianDaysToCompletion == Approx(35.5));
    // Outcomes recorded on 1 (completed) and 3 (rejected).
    CHECK(x.total.withOutcome.value == 2);

    // By partner, in name order; the bank had no referral sent in Q1.
    REQUIRE(x.partners.size() == 2);
    const ReferralLine &academy = x.partners.at(0);
    CHECK(academy.partnerId == t.training);
    CHECK(academy.sent.value == 3);
    CHECK(academy.accepted.value == 2);
    CHECK(academy.completed.value == 1);
    CHECK(*academy.medianDaysToCompletion == Approx(60.0));
    const ReferralLine &nour = x.partners.at(1);
    CHECK(nour.partnerId == t.employer);
    CHECK(t.nums(nour.sent.households) == QList<int>{0, 2});
    CHECK(*nour.acceptedRate().value() == Approx(0.5));
    CHECK(*nour.completedRate().value() == Approx(0.5));
    CHECK(*nour.medianDaysToCompletion == Approx(11.0));
    // Ranked for a manager: the employer completed 1 of 2, the academy 1 of 3.
    const QList<ReferralLine> ranked = x.ranked();
    CHECK(ranked.at(0).partnerId == t.employer);
    CHECK(ranked.at(1).partnerId == t.training);

    // By kind, every kind listed: training 3, employer 2, bank none.
    CHECK(kind(x, "training").sent.value == 3);
    CHECK(kind(x, "employer").sent.value == 2);
    CHECK(kind(x, "bank").sent.value == 0);
    CHECK_FALSE(kind(x, "bank").completedRate().value().has_value());
    CHECK_FALSE(kind(x, "bank").medianDaysToCompletion.has_value());
}

TEST_CASE("Referrals on the next quarter and with a filter", "[impact]")
{
    Refs t;
    // Q2: only 6 was sent in it; 2's completion on 04-15 belongs to its Q1 sending.
    auto q2 = t.indicators.referrals(quarter(2025, 2));
    REQUIRE(q2.ok());
    CHECK(q2.value().total.sent.value == 1);
    CHECK(q2.value().total.completed.value == 0);
    REQUIRE(q2.value().partners.size() == 1);
    CHECK(q2.value().partners.at(0).partnerId == t.bank);

    // Women heads in Q1: B's referral 2, accepted, not completed by 03-31.
    ImpactFilter women;
    women.headSex = QStringLiteral("female");
    auto f = t.indicators.referrals(quarter(2025, 1), women);
    REQUIRE(f.ok());
    CHECK(t.nums(f.value().total.sent.households) == QList<int>{1});
    CHECK(f.value().total.accepted.value == 1);
    CHECK(f.value().total.completed.value == 0);

    ReportRequest request{{Indicator::Referrals}, quarter(2025, 1), {}, d(2025, 6, 1)};
    auto rows = IndicatorReport::rows(t.db, request);
    REQUIRE(rows.ok());
    bool found = false;
    for (const ReportRow &row : rows.value()) {
        if (row.group == QStringLiteral("total") && row.key == QStringLiteral("median_days_to_completion")) {
            found = true;
            CHECK(*row.value == Approx(35.5));
            CHECK(row.fileNumbers.size() == 1); // both completions are A's
        }
    }
    CHECK(found);
}

TEST_CASE("Referrals tile's trend: referrals sent in each of the last months, with a filter", "[impact]")
{
    Refs t;
    // December 2024 … April 2025: 5 (12-31); 4 and 1 (01-01, 01-05); 2 (02-01);
    // 7 and 3 (03-01, 03-31); 6 (04-01).
    auto all = t.indicators.countsByMonth(MonthlyCount::ReferralsSent, d(2025, 4, 30), 5);
    INFO((all ? std::string() : all.error().message.toStdString()));
    REQUIRE(all.ok());
    CHECK(all.value() == QList<qint64>{1, 2, 1, 2, 1});
    ImpactFilter women; // B: 5 in December, 2 in February
    women.headSex = QStringLiteral("female");
    auto b = t.indicators.countsByMonth(MonthlyCount::ReferralsSent, d(2025, 4, 30), 5, women);
    REQUIRE(b.ok());
    CHECK(b.value() == QList<qint64>{1, 0, 1, 0, 0});
    auto none = t.indicators.countsByMonth(MonthlyCount::ReferralsSent, d(2024, 6, 15), 3);
    REQUIRE(none.ok());
    CHECK(none.value() == QList<qint64>{0, 0, 0});
}

TEST_CASE("Referrals: a stage dated in another form than ISO counts where its text sorts, as by SQL", "[impact]")
{
    Refs t;
    // Referral 7 (C, sent 03-01, no response) "completed" on "2025-03-2": by
    // SQL, which compares the text, that is on or before "2025-03-31", so it
    // was completed by the end of Q1; referral 2 (B) "completed" again on
    // "2025-3-5", which sorts after "2025-03-31" ('3' after '0'): by SQL not
    // by then, though by its date it would be.
    const auto complete = [&](const char *sent, const char *on) {
        auto id = t.db.scalar(QStringLiteral("SELECT id FROM referrals WHERE sent_on = ?"), {QString::fromLatin1(sent)});
        REQUIRE(id.ok());
        storage::SyncedWriter writer(t.db);
        REQUIRE(writer
                    .insert(QStringLiteral("referral_status"),
                            {{QStringLiteral("referral_id"), id.value().toByteArray()},
                             {QStringLiteral("status"), QStringLiteral("completed")},
                             {QStringLiteral("on_date"), QString::fromLatin1(on)}})
                    .ok());
    };
    complete("2025-03-01", "2025-03-2");
    complete("2025-02-01", "2025-3-5");
    auto r = t.indicators.referrals(quarter(2025, 1));
    REQUIRE(r.ok());
    CHECK(r.value().total.sent.value == 5);
    CHECK(r.value().total.completed.value == 3); // referrals 1, 4 and 7
    CHECK(t.nums(r.value().total.completed.households) == QList<int>{0, 2});
}

TEST_CASE("Referrals: a stage stored as bytes is not a stage, as by SQL", "[impact]")
{
    Refs t;
    // Referral 7 (C, no response) "completed" in Q1, the status stored as a
    // blob: SQL never finds a blob equal to the text 'completed'.
    auto id = t.db.scalar(QStringLiteral("SELECT id FROM referrals WHERE sent_on = '2025-03-01'"));
    REQUIRE(id.ok());
    storage::SyncedWriter writer(t.db);
    REQUIRE(writer
                .insert(QStringLiteral("referral_status"),
                        {{QStringLiteral("referral_id"), id.value().toByteArray()},
                         {QStringLiteral("status"), QByteArray("completed")},
                         {QStringLiteral("on_date"), QStringLiteral("2025-03-20")}})
                .ok());
    auto r = t.indicators.referrals(quarter(2025, 1));
    REQUIRE(r.ok());
    CHECK(r.value().total.sent.value == 5);
    CHECK(r.value().total.completed.value == 2); // referrals 1 and 4, as before
    CHECK(t.nums(r.value().total.completed.households) == QList<int>{0});
}
