// The clinic facts kept per household (impact::ClinicFacts): the figures of
// ClinicActivityFixture.h come out the same read from the stored facts, from
// households marked since, and by SQL; writes of every kind mark what they
// change (a service, a raw update that moves a session, an import that runs
// with the triggers off); `check`'s rebuild mends facts a write left stale.
#include "FactsLaptop.h"
#include "ClinicActivityFixture.h"
#include "impact/ClinicFacts.h"
#include "storage/Database.h"

using namespace tamkeen;
using namespace tamkeen::impact;
using namespace tamkeen::test::clinicfixture;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

// Every figure of clinic activity for the four weeks and the months' trend,
// as text, households as their letters: what two ways of reading must agree on.
QString figures(storage::Database &db, const QList<QByteArray> &households, const ImpactFilter &filter = {})
{
    Indicators indicators(db);
    auto r = indicators.clinic(fourWeeks(), filter);
    INFO((r ? std::string() : r.error().message.toStdString()));
    REQUIRE(r.ok());
    const auto letters = [&](const Figure &f) {
        QString s = QString::number(f.value) + u':';
        for (const QByteArray &id : f.households)
            s += QChar(char16_t(u'A' + households.indexOf(id)));
        return s;
    };
    QStringList out;
    for (const CounsellorActivity &c : r.value().counsellors + QList<CounsellorActivity>{r.value().total})
        out << u"%1 sessions %2 kept %3 no-show %4"_qs.arg(c.name, letters(c.sessions), letters(c.kept), letters(c.noShow));
    out << u"first %1 median %2"_qs.arg(letters(r.value().firstSessions))
               .arg(r.value().medianDaysToFirstSession.value_or(-1));
    auto months = indicators.countsByMonth(MonthlyCount::SessionsHeld, d(2025, 3, 28), 3, filter);
    REQUIRE(months.ok());
    for (qint64 n : months.value())
        out << QString::number(n);
    return out.join(u" | ");
}

// The same figures by SQL alone (the facts marked as never made here).
QString bySql(storage::Database &db, const QList<QByteArray> &households, const ImpactFilter &filter = {})
{
    return test::withoutFacts(db, "clinic", [&] { return figures(db, households, filter); });
}

} // namespace

TEST_CASE("Clinic facts: stored, marked and by SQL, the figures agree with the hand-worked ones", "[impact]")
{
    Activity t;
    // Every household was marked by the services' writes: read from its rows.
    CHECK(test::countOf(t.db, u"SELECT count(*) FROM clinic_facts_stale"_qs) == 3);
    const QString marked = figures(t.db, t.h);
    // Worked by hand (ClinicActivityFixture.h): Amna 03-10 with C; Huda 03-01 A,
    // 03-11 B, 03-15 C, 03-28 A; kept: Amna A attended, Huda A, B, C; no-show
    // Huda B and C; first sessions A (28 days) and B (10); months 0, 1, 6.
    CHECK(marked == u"آمنة sessions 1:C kept 1:A no-show 0: | هدى sessions 4:ABC kept 3:ABC no-show 2:BC | "
                    " sessions 5:ABC kept 4:ABC no-show 2:BC | first 2:AB median 19 | 0 | 1 | 6"_qs);
    CHECK(bySql(t.db, t.h) == marked);

    REQUIRE(ClinicFacts::refresh(t.db).ok());
    CHECK(test::countOf(t.db, u"SELECT count(*) FROM clinic_facts_stale"_qs) == 0);
    CHECK(test::countOf(t.db, u"SELECT count(*) FROM clinic_facts"_qs) == 3);
    CHECK(figures(t.db, t.h) == marked);
    ImpactFilter women;
    women.headSex = QStringLiteral("female");
    CHECK(figures(t.db, t.h, women) == bySql(t.db, t.h, women));
    CHECK(figures(t.db, t.h, women).startsWith(u"آمنة sessions 1:C kept 0: no-show 0: | هدى sessions 1:C kept 1:C"_qs));
}

TEST_CASE("Clinic facts: a write after they were stored counts at once, and a moved session leaves its household", "[impact]")
{
    Activity t;
    REQUIRE(ClinicFacts::refresh(t.db).ok());
    const QString before = figures(t.db, t.h);

    // A new session with B (Amna, 03-20), and Huda's no-show of C turned attended.
    t.session(t.amna, 1, d(2025, 3, 20));
    CHECK(test::countOf(t.db, u"SELECT count(*) FROM clinic_facts_stale"_qs) == 1);
    QString now = figures(t.db, t.h);
    CHECK(now != before);
    CHECK(now.startsWith(u"آمنة sessions 2:BC"_qs));
    CHECK(now == bySql(t.db, t.h));

    // A session moved to another household by a raw write (what a merged
    // field from a hostile copy could do): both households are marked.
    REQUIRE(ClinicFacts::refresh(t.db).ok());
    REQUIRE(t.db.write(u"UPDATE sessions SET household_id = ? WHERE household_id = ? AND substr(held_at, 1, 10) = '2025-03-15'"_qs,
                       {t.h.at(0), t.h.at(2)}).ok());
    CHECK(test::countOf(t.db, u"SELECT count(*) FROM clinic_facts_stale"_qs) == 2);
    now = figures(t.db, t.h);
    CHECK(now.contains(u"هدى sessions 4:AB kept"_qs)); // C's 03-15 is A's now
    CHECK(now == bySql(t.db, t.h));
    REQUIRE(ClinicFacts::refresh(t.db).ok());
    CHECK(figures(t.db, t.h) == now);

    // Archived: the session is no longer counted.
    REQUIRE(t.db.write(u"UPDATE sessions SET deleted = 1 WHERE substr(held_at, 1, 10) = '2025-03-20'"_qs, {}).ok());
    CHECK(figures(t.db, t.h).startsWith(u"آمنة sessions 1:C"_qs));
    CHECK(figures(t.db, t.h) == bySql(t.db, t.h));
}

TEST_CASE("Clinic facts: a day not in ISO form sends the figures back to SQL", "[impact]")
{
    Activity t;
    REQUIRE(ClinicFacts::refresh(t.db).ok());
    // Never written by the application: "2025-3-14" sorts after "2025-03-…" as text.
    REQUIRE(t.db.write(u"UPDATE sessions SET held_at = '2025-3-14 10:00' WHERE substr(held_at, 1, 10) = '2025-03-11'"_qs, {})
                .ok());
    REQUIRE(ClinicFacts::refresh(t.db).ok());
    auto facts = ClinicFacts::load(t.db);
    REQUIRE(facts.ok());
    CHECK(facts.value() == nullptr); // by SQL
    CHECK(figures(t.db, t.h) == bySql(t.db, t.h));
    CHECK(figures(t.db, t.h).contains(u"هدى sessions 3:AC"_qs)); // B's session is not in the four weeks by text
}

TEST_CASE("Clinic facts: check's rebuild mends facts a write left stale, and reports it", "[impact]")
{
    Activity t;
    REQUIRE(ClinicFacts::refresh(t.db).ok());
    const QString right = figures(t.db, t.h);
    qint64 changed = -1;
    REQUIRE(ClinicFacts::rebuild(t.db, &changed).ok());
    CHECK(changed == 0);
    {
        // A write with the triggers off that does not mark its household.
        storage::Database::TriggersOff off(t.db);
        REQUIRE(t.db.write(u"UPDATE appointments SET status = 'attended' WHERE status = 'no_show'"_qs, {}).ok());
    }
    CHECK(test::countOf(t.db, u"SELECT count(*) FROM clinic_facts_stale"_qs) == 0);
    const QString sql = bySql(t.db, t.h);
    CHECK(figures(t.db, t.h) == right); // stale: the no-shows still counted
    CHECK(sql != right);
    REQUIRE(ClinicFacts::rebuild(t.db, &changed).ok());
    CHECK(changed == 2); // B's and C's no-shows
    CHECK(figures(t.db, t.h) == sql);
    CHECK(figures(t.db, t.h).contains(u"هدى sessions 4:ABC kept 3:ABC no-show 0:"_qs));

    // Marked households are not wrong: they are read from their rows until stored.
    t.session(t.amna, 1, d(2025, 3, 20));
    REQUIRE(ClinicFacts::rebuild(t.db, &changed).ok());
    CHECK(changed == 0);
    CHECK(test::countOf(t.db, u"SELECT count(*) FROM clinic_facts_stale"_qs) == 0);

    // Rows of a household that has none now are removed.
    REQUIRE(t.db.execScript(u"INSERT INTO clinic_facts VALUES (randomblob(16), x'0100000000')"_qs).ok());
    REQUIRE(ClinicFacts::rebuild(t.db, &changed).ok());
    CHECK(changed == 1);
    CHECK(test::countOf(t.db, u"SELECT count(*) FROM clinic_facts"_qs) == 3);
}

TEST_CASE("Clinic facts: an import marks the households of the rows it brings, before and after", "[impact]")
{
    Activity t;
    test::FactsLaptop laptop(t.db, t.admin);
    storage::Database &l = laptop.db;
    laptop.receive(u"first.tamkeen"_qs);
    CHECK(test::countOf(l, u"SELECT count(*) FROM clinic_facts_stale"_qs) == 3);
    const QString right = figures(t.db, t.h);
    CHECK(figures(l, t.h) == right);
    REQUIRE(ClinicFacts::refresh(l).ok());
    CHECK(figures(l, t.h) == right);

    // At the centre: C's session of 03-15 moved to A (a captured raw write),
    // and Huda's no-show of B turned attended.
    REQUIRE(t.db.write(u"UPDATE sessions SET household_id = ? WHERE household_id = ? AND substr(held_at, 1, 10) = '2025-03-15'"_qs,
                       {t.h.at(0), t.h.at(2)}).ok());
    REQUIRE(t.db.write(u"UPDATE appointments SET status = 'attended' WHERE substr(starts_at, 1, 10) = '2025-03-06'"_qs, {}).ok());
    const QString moved = figures(t.db, t.h);
    CHECK(moved != right);
    laptop.receive(u"second.tamkeen"_qs);
    CHECK(test::countOf(l, u"SELECT count(*) FROM clinic_facts_stale"_qs) == 3); // A, B and C
    CHECK(figures(l, t.h) == moved);
    REQUIRE(ClinicFacts::refresh(l).ok());
    CHECK(figures(l, t.h) == moved);
    qint64 changed = -1;
    REQUIRE(ClinicFacts::rebuild(l, &changed).ok());
    CHECK(changed == 0);
}

TEST_CASE("Clinic facts: a household named by text stays with SQL until no such row is left", "[impact]")
{
    Activity t;
    REQUIRE(ClinicFacts::refresh(t.db).ok());
    // B's session of 03-11 names its household by text of the same bytes
    // (never written by the application; a crafted package could): SQL, which
    // the old path runs, counts it for B by its bytes.
    REQUIRE(t.db.write(u"UPDATE sessions SET household_id = CAST(household_id AS TEXT) "
                       "WHERE substr(held_at, 1, 10) = '2025-03-11'"_qs, {}).ok());
    REQUIRE(ClinicFacts::refresh(t.db).ok());
    auto facts = ClinicFacts::load(t.db);
    REQUIRE(facts.ok());
    CHECK(facts.value() == nullptr);
    // A later write to B's other rows marks B's blob id only: the text row is
    // not found by it, and the facts must stay unused.
    t.appointment(t.huda, 1, d(2025, 3, 7), "attended");
    REQUIRE(ClinicFacts::refresh(t.db).ok());
    facts = ClinicFacts::load(t.db);
    REQUIRE(facts.ok());
    CHECK(facts.value() == nullptr);
    CHECK(figures(t.db, t.h) == bySql(t.db, t.h));
    // Named by its blob again: the facts are used once more.
    REQUIRE(t.db.write(u"UPDATE sessions SET household_id = CAST(household_id AS BLOB) "
                       "WHERE substr(held_at, 1, 10) = '2025-03-11'"_qs, {}).ok());
    REQUIRE(ClinicFacts::refresh(t.db).ok());
    facts = ClinicFacts::load(t.db);
    REQUIRE(facts.ok());
    CHECK(facts.value() != nullptr);
    CHECK(figures(t.db, t.h) == bySql(t.db, t.h));
}

TEST_CASE("Clinic facts: a row replaced into another household leaves the first one", "[impact]")
{
    Activity t;
    REQUIRE(ClinicFacts::refresh(t.db).ok());
    // INSERT OR REPLACE deletes the old row without its delete trigger.
    REQUIRE(t.db.execScript(u"CREATE TEMP TABLE moved AS SELECT * FROM sessions WHERE substr(held_at, 1, 10) = '2025-03-15';"_qs)
                .ok());
    REQUIRE(t.db.write(u"UPDATE temp.moved SET household_id = ?"_qs, {t.h.at(0)}).ok());
    REQUIRE(t.db.execScript(u"INSERT OR REPLACE INTO sessions SELECT * FROM temp.moved"_qs).ok());
    CHECK(test::countOf(t.db, u"SELECT count(*) FROM clinic_facts_stale"_qs) == 2); // A and C
    REQUIRE(ClinicFacts::refresh(t.db).ok());
    CHECK(figures(t.db, t.h).contains(u"هدى sessions 4:AB kept"_qs));
    CHECK(figures(t.db, t.h) == bySql(t.db, t.h));
}

TEST_CASE("Clinic facts: check on a file whose facts were never made makes them without calling it a fault", "[impact]")
{
    Activity t;
    REQUIRE(t.db.execScript(u"UPDATE impact_facts_state SET built = 0; DELETE FROM clinic_facts"_qs).ok());
    qint64 changed = -1;
    REQUIRE(ClinicFacts::rebuild(t.db, &changed).ok());
    CHECK(changed == 0);
    CHECK(test::countOf(t.db, u"SELECT count(*) FROM clinic_facts"_qs) == 3);
    CHECK(figures(t.db, t.h) == bySql(t.db, t.h));
}

TEST_CASE("Clinic facts: a household whose every event names a counsellor by 300 bytes goes to SQL", "[impact]")
{
    Activity t;
    REQUIRE(ClinicFacts::refresh(t.db).ok());
    // Never written by the application; the row must be kept as irregular,
    // not left out as if B had no events.
    for (const char *table : {"sessions", "appointments"})
        REQUIRE(t.db.write(u"UPDATE %1 SET counsellor_id = zeroblob(300) WHERE household_id = ?"_qs.arg(QLatin1StringView(table)),
                           {t.h.at(1)})
                    .ok());
    REQUIRE(ClinicFacts::refresh(t.db).ok());
    auto facts = ClinicFacts::load(t.db);
    REQUIRE(facts.ok());
    CHECK(facts.value() == nullptr);
    CHECK(figures(t.db, t.h) == bySql(t.db, t.h));
    CHECK(figures(t.db, t.h).contains(u"sessions 5:ABC"_qs));
}

TEST_CASE("Clinic facts: counsellors numbered once, named in full until stored, a lost number sends the figures to SQL", "[impact]")
{
    Activity t;
    // Marked households are read from their rows at a read, where nothing is
    // numbered: the counsellors are named in full and the figures still agree.
    auto facts = ClinicFacts::load(t.db);
    REQUIRE(facts.ok());
    REQUIRE(facts.value() != nullptr);
    CHECK(test::countOf(t.db, u"SELECT count(*) FROM impact_fact_names"_qs) == 0);
    const QString expected = bySql(t.db, t.h);
    CHECK(figures(t.db, t.h) == expected);
    // Stored: each counsellor numbered once, however many households name her.
    REQUIRE(ClinicFacts::refresh(t.db).ok());
    CHECK(test::countOf(t.db, u"SELECT count(DISTINCT name) FROM impact_fact_names"_qs) == 2);
    CHECK(test::countOf(t.db, u"SELECT count(*) FROM impact_fact_names"_qs) == 2);
    CHECK(figures(t.db, t.h) == expected);
    qint64 changed = -1;
    REQUIRE(ClinicFacts::rebuild(t.db, &changed).ok()); // the same numbers make the same bytes
    CHECK(changed == 0);
    CHECK(test::countOf(t.db, u"SELECT count(*) FROM impact_fact_names"_qs) == 2);
    // A row naming a number the copy no longer has is not guessed at.
    REQUIRE(t.db.execScript(u"DELETE FROM impact_fact_names WHERE number = (SELECT max(number) FROM impact_fact_names)"_qs).ok());
    facts = ClinicFacts::load(t.db);
    REQUIRE(facts.ok());
    CHECK(facts.value() == nullptr);
    CHECK(figures(t.db, t.h) == expected);
    // Its number is never given to another name: rows not made again still hold it.
    REQUIRE(t.db.write(u"UPDATE sessions SET counsellor_id = randomblob(16) WHERE rowid = (SELECT min(rowid) FROM sessions)"_qs, {}).ok());
    REQUIRE(ClinicFacts::refresh(t.db).ok());
    CHECK(test::countOf(t.db, u"SELECT count(*) FROM impact_fact_names WHERE number = 2"_qs) == 0);
    CHECK(test::countOf(t.db, u"SELECT count(*) FROM impact_fact_names WHERE number > 2"_qs) >= 1);
    CHECK(figures(t.db, t.h) == bySql(t.db, t.h));
}

TEST_CASE("Clinic facts: rows of the earlier format are made again after the update, not misread", "[impact]")
{
    Activity t;
    REQUIRE(ClinicFacts::refresh(t.db).ok());
    const QString expected = bySql(t.db, t.h);
    // A row as format 1 wrote it (format byte 1): refused, the figures by SQL.
    REQUIRE(t.db.execScript(u"UPDATE clinic_facts SET packed = x'0100' || substr(packed, 3)"_qs).ok());
    auto facts = ClinicFacts::load(t.db);
    REQUIRE(facts.ok());
    CHECK(facts.value() == nullptr);
    CHECK(figures(t.db, t.h) == expected);
    // What migration 28 does to such a file: never built, made again at the next refresh.
    REQUIRE(t.db.execScript(u"UPDATE impact_facts_state SET built = 0 WHERE name = 'clinic'"_qs).ok());
    REQUIRE(ClinicFacts::refresh(t.db).ok());
    CHECK(test::countOf(t.db, u"SELECT count(*) FROM clinic_facts WHERE substr(packed, 1, 1) = x'02'"_qs) == 3);
    facts = ClinicFacts::load(t.db);
    REQUIRE(facts.ok());
    CHECK(facts.value() != nullptr);
    CHECK(figures(t.db, t.h) == expected);
}
