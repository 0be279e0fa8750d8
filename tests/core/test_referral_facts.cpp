// The referral facts kept per household (impact::ReferralFacts): the figures
// of ReferralsFixture.h come out the same from the stored facts, from
// households marked since and by SQL; a stage or a referral written later,
// locally or by an import, marks its household; check's rebuild mends facts
// a write left stale.
#include "FactsLaptop.h"
#include "ReferralsFixture.h"
#include "impact/ReferralFacts.h"
#include "registry/Erasure.h"
#include "storage/Database.h"
#include "storage/SyncedWriter.h"

using namespace tamkeen;
using namespace tamkeen::impact;
using namespace tamkeen::test::clinicfixture;

namespace {

// Every figure the referral history answers for Q1 2025 (referrals by
// partner, work's jobs, training places and loans, the months' trend), as
// text, households as their letters: what two ways of reading must agree on.
QString figures(storage::Database &db, const QList<QByteArray> &households)
{
    Indicators indicators(db);
    auto r = indicators.referrals(quarter(2025, 1));
    INFO((r ? std::string() : r.error().message.toStdString()));
    REQUIRE(r.ok());
    const auto letters = [&](const Figure &f) {
        QString s = QString::number(f.value) + u':';
        for (const QByteArray &id : f.households)
            s += QChar(char16_t(u'A' + households.indexOf(id)));
        return s;
    };
    QStringList out;
    for (const ReferralLine &l : r.value().partners + QList<ReferralLine>{r.value().total})
        out << u"%1 sent %2 accepted %3 rejected %4 completed %5 outcome %6 median %7"_qs.arg(
            l.partnerName, letters(l.sent), letters(l.accepted), letters(l.rejected), letters(l.completed),
            letters(l.withOutcome), QString::number(l.medianDaysToCompletion.value_or(-1)));
    auto work = indicators.work(quarter(2025, 1));
    REQUIRE(work.ok());
    const QList<Figure> &through = work.value().throughReferrals; // jobs, training places, loans
    REQUIRE(through.size() == 3);
    out << u"jobs %1 training %2 loans %3"_qs.arg(letters(through.at(0)), letters(through.at(1)), letters(through.at(2)));
    auto months = indicators.countsByMonth(MonthlyCount::ReferralsSent, QDate(2025, 4, 30), 5);
    REQUIRE(months.ok());
    for (qint64 n : months.value())
        out << QString::number(n);
    return out.join(u" | ");
}

QString bySql(storage::Database &db, const QList<QByteArray> &households)
{
    return test::withoutFacts(db, "referral", [&] { return figures(db, households); });
}

QByteArray referralSentOn(storage::Database &db, const char *day)
{
    auto id = db.scalar(u"SELECT id FROM referrals WHERE sent_on = ?"_qs, {QString::fromLatin1(day)});
    REQUIRE(id.ok());
    return id.value().toByteArray();
}

} // namespace

TEST_CASE("Referral facts: stored, marked and by SQL, the figures agree with the hand-worked ones", "[impact]")
{
    Refs t;
    CHECK(test::countOf(t.db, u"SELECT count(*) FROM referral_facts_stale"_qs) == 3);
    const QString marked = figures(t.db, t.h);
    // Worked by hand (ReferralsFixture.h): the academy got 1, 2 and 7 in Q1,
    // accepted 1 and 2, completed 1 (60 days, an outcome); the employer 3 and
    // 4, accepted and completed 4 (11 days), rejected 3 (an outcome); work's
    // job is 4's (A), its training place 1's (A); sent by month from December:
    // 1 (5), 2 (1, 4), 1 (2), 2 (3, 7), 1 (6).
    CHECK(marked.startsWith(u"أكاديمية التدريب sent 3:ABC accepted 2:AB rejected 0: completed 1:A outcome 1:A median 60 | "
                            "شركة النور sent 2:AC accepted 1:A rejected 1:C completed 1:A outcome 1:C median 11 | "
                            " sent 5:ABC accepted 3:AB rejected 1:C completed 2:A outcome 2:AC median 35.5"_qs));
    CHECK(marked.endsWith(u"jobs 1:A training 1:A loans 0: | 1 | 2 | 1 | 2 | 1"_qs));
    CHECK(bySql(t.db, t.h) == marked);
    REQUIRE(ReferralFacts::refresh(t.db).ok());
    CHECK(test::countOf(t.db, u"SELECT count(*) FROM referral_facts_stale"_qs) == 0);
    CHECK(test::countOf(t.db, u"SELECT count(*) FROM referral_facts"_qs) == 3);
    CHECK(figures(t.db, t.h) == marked);
}

TEST_CASE("Referral facts: a stage or a move after they were stored counts at once", "[impact]")
{
    Refs t;
    REQUIRE(ReferralFacts::refresh(t.db).ok());
    // Referral 7 (C, the academy) accepted then completed in March.
    const QByteArray r7 = referralSentOn(t.db, "2025-03-01");
    t.move(r7, "accepted", QDate(2025, 3, 18));
    t.move(r7, "completed", QDate(2025, 3, 25));
    CHECK(test::countOf(t.db, u"SELECT count(*) FROM referral_facts_stale"_qs) == 1);
    QString now = figures(t.db, t.h);
    CHECK(now.startsWith(u"أكاديمية التدريب sent 3:ABC accepted 3:ABC rejected 0: completed 2:AC"_qs));
    CHECK(now.contains(u"training 2:AC"_qs));
    CHECK(now == bySql(t.db, t.h));
    REQUIRE(ReferralFacts::refresh(t.db).ok());
    CHECK(figures(t.db, t.h) == now);

    // Referral 4 (A, the employer) moved to B by a raw write: both marked.
    REQUIRE(t.db.write(u"UPDATE referrals SET household_id = ? WHERE sent_on = '2025-01-01'"_qs, {t.h.at(1)}).ok());
    CHECK(test::countOf(t.db, u"SELECT count(*) FROM referral_facts_stale"_qs) == 2);
    now = figures(t.db, t.h);
    CHECK(now.contains(u"jobs 1:B"_qs));
    CHECK(now == bySql(t.db, t.h));

    // A stage moved to another referral (3's rejection onto 6): both households' rows change.
    REQUIRE(ReferralFacts::refresh(t.db).ok());
    REQUIRE(t.db.write(u"UPDATE referral_status SET referral_id = ? WHERE referral_id = ? AND status = 'rejected'"_qs,
                       {referralSentOn(t.db, "2025-04-01"), referralSentOn(t.db, "2025-03-31")})
                .ok());
    CHECK(test::countOf(t.db, u"SELECT count(*) FROM referral_facts_stale"_qs) == 1); // both are C's
    now = figures(t.db, t.h);
    CHECK(now.contains(u"شركة النور sent 2:BC accepted 1:B rejected 0:"_qs));
    CHECK(now == bySql(t.db, t.h));
}

TEST_CASE("Referral facts: an import marks the households of the referrals and stages it brings", "[impact]")
{
    Refs t;
    test::FactsLaptop laptop(t.db, t.admin);
    storage::Database &l = laptop.db;
    laptop.receive(u"first.tamkeen"_qs);
    CHECK(test::countOf(l, u"SELECT count(*) FROM referral_facts_stale"_qs) == 3);
    const QString right = figures(t.db, t.h);
    CHECK(figures(l, t.h) == right);
    REQUIRE(ReferralFacts::refresh(l).ok());
    CHECK(figures(l, t.h) == right);

    // At the centre: a stage of referral 7 alone (its referral row untouched,
    // as another copy's stage arrives), referral 4 moved to B.
    storage::SyncedWriter writer(t.db);
    REQUIRE(writer
                .insert(u"referral_status"_qs, {{u"referral_id"_qs, referralSentOn(t.db, "2025-03-01")},
                                                {u"status"_qs, u"completed"_qs},
                                                {u"on_date"_qs, u"2025-03-25"_qs}})
                .ok());
    REQUIRE(t.db.write(u"UPDATE referrals SET household_id = ? WHERE sent_on = '2025-01-01'"_qs, {t.h.at(1)}).ok());
    const QString moved = figures(t.db, t.h);
    CHECK(moved != right);
    laptop.receive(u"second.tamkeen"_qs);
    CHECK(test::countOf(l, u"SELECT count(*) FROM referral_facts_stale"_qs) == 3); // A and B (the move), C (the stages)
    CHECK(figures(l, t.h) == moved);
    REQUIRE(ReferralFacts::refresh(l).ok());
    CHECK(figures(l, t.h) == moved);
    qint64 changed = -1;
    REQUIRE(ReferralFacts::rebuild(l, &changed).ok());
    CHECK(changed == 0);
}

TEST_CASE("Referral facts: check's rebuild mends a stage written without marking, and a stage as bytes goes to SQL",
          "[impact]")
{
    Refs t;
    REQUIRE(ReferralFacts::refresh(t.db).ok());
    const QString right = figures(t.db, t.h);
    {
        storage::Database::TriggersOff off(t.db);
        REQUIRE(t.db.write(u"UPDATE referral_status SET on_date = '2025-03-30' WHERE status = 'completed' "
                           "AND on_date = '2025-04-15'"_qs, {}).ok());
    }
    const QString sql = bySql(t.db, t.h);
    CHECK(sql != right); // referral 2 (B) completed in Q1 now
    CHECK(figures(t.db, t.h) == right); // the stale row
    qint64 changed = -1;
    REQUIRE(ReferralFacts::rebuild(t.db, &changed).ok());
    CHECK(changed == 1);
    CHECK(figures(t.db, t.h) == sql);
    CHECK(figures(t.db, t.h).contains(u"completed 2:AB"_qs));

    // A stage's status stored as bytes: never a stage by SQL; the facts refuse it.
    REQUIRE(t.db.write(u"UPDATE referral_status SET status = CAST(status AS BLOB) WHERE status = 'rejected'"_qs, {}).ok());
    REQUIRE(ReferralFacts::refresh(t.db).ok());
    auto facts = ReferralFacts::load(t.db);
    REQUIRE(facts.ok());
    CHECK(facts.value() == nullptr);
    CHECK(figures(t.db, t.h) == bySql(t.db, t.h));
    CHECK(figures(t.db, t.h).contains(u" sent 5:ABC accepted 3:AB rejected 0:"_qs));
}

TEST_CASE("Referral facts: an erasure carried out with the triggers off (as the import does) marks what it blanks",
          "[impact][erasure]")
{
    Refs t;
    REQUIRE(ReferralFacts::refresh(t.db).ok());
    CHECK(figures(t.db, t.h).contains(u" sent 5:ABC accepted 3:AB rejected 1:C completed 2:A outcome 2:AC"_qs));
    // A's head erased (referral 1's outcome with it), the words blanked with
    // every trigger off, as an import carries an erasure out.
    {
        storage::Database::TriggersOff off(t.db);
        auto erased = registry::Erasure::eraseMember(t.db, t.admin, t.head.at(0), u"طلب المستفيد المحو كتابيًا"_qs);
        INFO((erased ? std::string() : erased.error().message.toStdString()));
        REQUIRE(erased.ok());
    }
    CHECK(test::countOf(t.db, u"SELECT count(*) FROM referral_facts_stale"_qs) == 1);
    const QString now = figures(t.db, t.h);
    CHECK(now.contains(u" sent 5:ABC accepted 3:AB rejected 1:C completed 2:A outcome 1:C"_qs));
    CHECK(now == bySql(t.db, t.h));
}

TEST_CASE("Referral facts: a write with its own conflict clause is not refused by the marks", "[impact]")
{
    Refs t;
    // A stage whose referral is not here yet (its household unknown: no mark),
    // written with INSERT OR REPLACE; then an update that marks a household twice.
    REQUIRE(t.db.execScript(u"CREATE TEMP TABLE stage AS SELECT * FROM referral_status LIMIT 1; "
                            "UPDATE temp.stage SET id = randomblob(16), referral_id = randomblob(16); "
                            "INSERT OR REPLACE INTO referral_status SELECT * FROM temp.stage; "
                            "UPDATE OR ABORT referrals SET outcome = 'تم' WHERE sent_on = '2025-01-01'"_qs)
                .ok());
    CHECK(figures(t.db, t.h) == bySql(t.db, t.h));
}
