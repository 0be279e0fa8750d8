// Conditional support (issue 17 §5): a supervisor sets a programme's
// conditions; compliance is recorded per member per period (one row whoever
// records it); a miss raises a warning, the family is counselled before any
// suspension; suspension and reinstatement are a supervisor's, also when
// written around the service on a laptop; the field worker's inbox asks for
// the counselling; the rates by condition, area and period.
#include "ClinicFixture.h"
#include "SyncFixture.h"
#include "casework/Conditions.h"
#include "casework/Support.h"
#include "casework/TaskInbox.h"
#include "registry/MemberService.h"

using namespace tamkeen;
using namespace tamkeen::casework;
using namespace tamkeen::test::clinicfixture;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday = QDate::currentDate();
const QString kProgramme = u"تكافل"_s;

QDate yearsAgo(int years, int days = 0)
{
    return kToday.addYears(-years).addDays(-days);
}

struct Family : Clinic {
    Conditions conditions{db};
    security::Session salem = user(u"salem"_s, u"سالم"_s, Role::Supervisor);
    security::Session omar = user(u"omar"_s, u"عمر"_s, Role::FieldWorker);
    QByteArray headId;
    QByteArray family = household(person(u"سعاد"_s, u"أحمد"_s, u"المصري"_s, u"head"_s, u"female"_s), headId);
    QByteArray pupil = child(u"يوسف"_s, yearsAgo(8), u"son"_s, u"male"_s);
    QByteArray baby = child(u"ليلى"_s, yearsAgo(3), u"daughter"_s, u"female"_s);
    QByteArray school = condition(u"الحضور المدرسي ٨٠٪"_s, u"school_age"_s, u"percent"_s, 80);
    QByteArray health = condition(u"زيارات المركز الصحي"_s, u"under_six"_s, u"count"_s, 1);

    Family()
    {
        // The head's birth date makes her a mother of a young child (37 or so).
        SupportData d;
        d.programme = kProgramme;
        d.type = u"cash"_s;
        d.amount = 900;
        d.currency = u"SAR"_s; // the organisation's: the month table adds it
        d.frequency = u"monthly"_s;
        d.startsOn = kToday.addMonths(-6);
        d.decision = u"approved"_s;
        d.reason = u"أسرة مستحقة"_s;
        REQUIRE(Support(db).record(salem, family, d).ok());
    }
    QByteArray child(const QString &name, const QDate &born, const QString &relation, const QString &sex)
    {
        registry::MemberData m = person(name, u"محمود"_s, u"المصري"_s, relation, sex);
        m.birthDate = born;
        auto id = households.members().add(admin, family, m);
        INFO((id ? std::string() : id.error().message.toStdString()));
        REQUIRE(id.ok());
        return id.value();
    }
    QByteArray condition(const QString &name, const QString &appliesTo, const QString &measure, double threshold)
    {
        auto id = conditions.add(salem, {kProgramme, name, appliesTo, measure, threshold, u"month"_s});
        INFO((id ? std::string() : id.error().message.toStdString()));
        REQUIRE(id.ok());
        return id.value();
    }
    qint64 count(const QString &sql) { return db.scalar(sql).value().toLongLong(); }
    const QString month = Conditions::periodOf(u"month"_s, kToday);
};

} // namespace

TEST_CASE("A condition applies to the right members, a miss raises one warning, and recording again corrects it",
          "[conditions]")
{
    Family t;
    auto forFamily = t.conditions.forHousehold(t.family, kToday);
    REQUIRE(forFamily.ok());
    CHECK(forFamily.value().size() == 2);

    auto pupils = t.conditions.subjects(t.school, t.family, t.month);
    REQUIRE(pupils.ok());
    REQUIRE(pupils.value().size() == 1);
    CHECK(pupils.value().first().memberId == t.pupil);
    CHECK(pupils.value().first().value == -1);
    auto young = t.conditions.subjects(t.health, t.family, t.month);
    REQUIRE(young.ok());
    REQUIRE(young.value().size() == 1);
    CHECK(young.value().first().memberId == t.baby);
    const QByteArray mothers = t.condition(u"متابعة الأم الصحية"_s, u"mothers"_s, u"count"_s, 1);
    auto mother = t.conditions.subjects(mothers, t.family, t.month);
    REQUIRE(mother.ok());
    REQUIRE(mother.value().size() == 1);
    CHECK(mother.value().first().memberId == t.headId);

    auto missed = t.conditions.record(t.omar, t.family, t.school, t.month, {{t.pupil, 70, u"غاب أسبوعًا"_s}});
    REQUIRE(missed.ok());
    CHECK(missed.value() == 1);
    CHECK(t.count(u"SELECT count(*) FROM compliance_actions WHERE action = 'warning'"_s) == 1);
    // Corrected the same month: the same row, still one warning.
    REQUIRE(t.conditions.record(t.omar, t.family, t.school, t.month, {{t.pupil, 75, {}}}).ok());
    CHECK(t.count(u"SELECT count(*) FROM condition_compliance"_s) == 1);
    CHECK(t.count(u"SELECT count(*) FROM compliance_actions WHERE action = 'warning'"_s) == 1);
    auto history = t.conditions.history(t.family);
    REQUIRE(history.ok());
    REQUIRE(history.value().size() == 1);
    CHECK(history.value().first().value == 75);
    CHECK_FALSE(history.value().first().met);
    CHECK(history.value().first().memberName.startsWith(u"يوسف"_s));
    // Met last month: no warning for it.
    const QString last = Conditions::periodOf(u"month"_s, kToday.addMonths(-1));
    REQUIRE(t.conditions.record(t.omar, t.family, t.school, last, {{t.pupil, 95, {}}}).value() == 0);
    CHECK(t.count(u"SELECT count(*) FROM compliance_actions WHERE action = 'warning'"_s) == 1);
}

TEST_CASE("Wrong compliance, a later month, or a condition set by a field worker is refused and nothing is written",
          "[conditions]")
{
    Family t;
    const auto refused = [&](const Result<int> &r, const QString &field) {
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == field);
    };
    refused(t.conditions.record(t.omar, t.family, t.school, t.month, {{t.pupil, 120, {}}}), u"entries"_s);
    refused(t.conditions.record(t.omar, t.family, t.school, t.month, {{t.baby, 90, {}}}), u"entries"_s);
    refused(t.conditions.record(t.omar, t.family, t.school, Conditions::periodOf(u"month"_s, kToday.addMonths(2)),
                                {{t.pupil, 90, {}}}),
            u"period"_s);
    refused(t.conditions.record(t.omar, t.family, t.school, u"2026-13"_s, {{t.pupil, 90, {}}}), u"period"_s);
    refused(t.conditions.record(t.omar, t.family, t.school, u"2026-Q1"_s, {{t.pupil, 90, {}}}), u"period"_s);
    refused(t.conditions.record(t.omar, t.family, t.school, t.month, {}), u"entries"_s);
    CHECK(t.count(u"SELECT count(*) FROM condition_compliance"_s) == 0);
    CHECK(t.conditions.add(t.omar, {kProgramme, u"شرط"_s, u"household"_s, u"count"_s, 1, u"month"_s}).error().code
          == ErrorCode::PermissionDenied);
    CHECK(t.conditions.add(t.salem, {kProgramme, u"شرط"_s, u"household"_s, u"percent"_s, 150, u"month"_s}).error().field
          == u"threshold"_s);
    CHECK(t.conditions.add(t.salem, {kProgramme, u" "_s, u"household"_s, u"count"_s, 1, u"month"_s}).error().field
          == u"name"_s);
}

TEST_CASE("A suspension comes only after counselling, by a supervisor, and a reinstatement ends it", "[conditions]")
{
    Family t;
    CHECK(t.conditions.suspend(t.salem, t.family, kProgramme, kToday, u"لا إنذار"_s).error().code == ErrorCode::Conflict);
    REQUIRE(t.conditions.record(t.omar, t.family, t.health, t.month, {{t.baby, 0, {}}}).ok());
    // The field worker's inbox asks for the counselling.
    auto inbox = TaskInbox::of(t.db, t.omar, {}, kToday);
    REQUIRE(inbox.ok());
    CHECK(std::count_if(inbox.value().cbegin(), inbox.value().cend(),
                        [](const InboxItem &i) { return i.kind == InboxItem::Kind::Counselling; })
          == 0); // not theirs yet: the family is assigned to nobody
    REQUIRE(t.db.exec(u"UPDATE households SET assigned_worker = ? WHERE id = ?"_s, {t.omar.userId, t.family}).ok());
    inbox = TaskInbox::of(t.db, t.omar, {}, kToday);
    REQUIRE(inbox.ok());
    CHECK(std::count_if(inbox.value().cbegin(), inbox.value().cend(),
                        [](const InboxItem &i) { return i.kind == InboxItem::Kind::Counselling; })
          == 1);

    const Error before = t.conditions.suspend(t.salem, t.family, kProgramme, kToday, u"لم تلتزم"_s).error();
    CHECK(before.code == ErrorCode::Conflict);
    CHECK(before.message.contains(Conditions::tr("Counsel the family first")));
    CHECK(t.conditions.counsel(t.omar, t.family, kProgramme, kToday.addDays(1), u"تحدثنا"_s).error().field == u"on"_s);
    CHECK(t.conditions.counsel(t.omar, t.family, u"برنامج آخر"_s, kToday, u"تحدثنا"_s).error().field == u"programme"_s);
    REQUIRE(t.conditions.counsel(t.omar, t.family, kProgramme, kToday, u"شرحنا أهمية التطعيم للأم"_s).ok());
    inbox = TaskInbox::of(t.db, t.omar, {}, kToday);
    CHECK(std::none_of(inbox.value().cbegin(), inbox.value().cend(),
                       [](const InboxItem &i) { return i.kind == InboxItem::Kind::Counselling; }));
    CHECK(t.conditions.suspend(t.omar, t.family, kProgramme, kToday, u"لم تلتزم"_s).error().code
          == ErrorCode::PermissionDenied);
    REQUIRE(t.conditions.suspend(t.salem, t.family, kProgramme, kToday, u"لم تلتزم بعد الإرشاد"_s).ok());
    auto status = t.conditions.status(t.family);
    REQUIRE(status.ok());
    REQUIRE(status.value().size() == 1);
    CHECK(status.value().first().suspended);
    // Not given this month while suspended: the month-by-month table says so.
    auto months = Support(t.db).byMonth(t.family, kToday, 2);
    REQUIRE(months.ok());
    CHECK(months.value().last().suspended == 1);
    CHECK(months.value().last().support == 0);
    CHECK(months.value().first().support == 900); // last month, before the suspension
    CHECK(t.conditions.suspend(t.salem, t.family, kProgramme, kToday, u"مرة ثانية"_s).error().code == ErrorCode::Conflict);
    REQUIRE(t.conditions.reinstate(t.salem, t.family, kProgramme, kToday, u"التزمت الأسرة"_s).ok());
    CHECK_FALSE(t.conditions.status(t.family).value().first().suspended);
    CHECK(Support(t.db).byMonth(t.family, kToday, 1).value().last().support == 900);
    CHECK(t.conditions.reinstate(t.salem, t.family, kProgramme, kToday, u"مرة ثانية"_s).error().code == ErrorCode::Conflict);
    CHECK(t.conditions.actionsOf(t.family).value().size() == 4); // warning, counselling, suspension, reinstatement
    // Reinstated: the old warning and counselling do not serve again.
    CHECK(t.conditions.suspend(t.salem, t.family, kProgramme, kToday, u"مرة أخرى"_s).error().code == ErrorCode::Conflict);
}

TEST_CASE("A corrected month withdraws its warning, and a suspension outlives its condition until reinstated",
          "[conditions]")
{
    Family t;
    REQUIRE(t.conditions.record(t.omar, t.family, t.school, t.month, {{t.pupil, 50, {}}}).value() == 1);
    CHECK(t.conditions.status(t.family).value().first().lastWarning.isValid());
    // The school's register said 90 %: corrected, no warning any more.
    REQUIRE(t.conditions.record(t.omar, t.family, t.school, t.month, {{t.pupil, 90, {}}}).value() == 0);
    CHECK_FALSE(t.conditions.status(t.family).value().first().lastWarning.isValid());
    REQUIRE(t.conditions.counsel(t.omar, t.family, kProgramme, kToday, u"متابعة"_s).ok());
    CHECK(t.conditions.suspend(t.salem, t.family, kProgramme, kToday, u"لا سبب"_s).error().code == ErrorCode::Conflict);

    // A miss again, counselled, suspended; then the supervisor stops checking both conditions.
    REQUIRE(t.conditions.record(t.omar, t.family, t.school, t.month, {{t.pupil, 40, {}}}).value() == 1);
    REQUIRE(t.conditions.counsel(t.omar, t.family, kProgramme, kToday, u"شرحنا الشرط"_s).ok());
    CHECK(t.conditions.suspend(t.salem, t.family, kProgramme, kToday.addDays(-3), u"قبل الإرشاد"_s).error().field
          == u"on"_s);
    REQUIRE(t.conditions.suspend(t.salem, t.family, kProgramme, kToday, u"لم تلتزم"_s).ok());
    REQUIRE(t.conditions.setActive(t.salem, t.school, false).ok());
    REQUIRE(t.conditions.setActive(t.salem, t.health, false).ok());
    auto status = t.conditions.status(t.family);
    REQUIRE(status.ok());
    REQUIRE(status.value().size() == 1); // still listed: suspended
    CHECK(status.value().first().suspended);
    REQUIRE(t.conditions.reinstate(t.salem, t.family, kProgramme, kToday, u"انتهى العمل بالشرط"_s).ok());
    CHECK(t.conditions.status(t.family).value().isEmpty());
}

TEST_CASE("The compliance rate by condition, area and period", "[conditions]")
{
    Family t;
    QByteArray otherHead;
    const QByteArray other = t.household(person(u"هالة"_s, u"سيد"_s, u"عبده"_s, u"head"_s, u"female"_s), otherHead);
    REQUIRE(t.db.exec(u"UPDATE households SET city = 'أسيوط' WHERE id = ?"_s, {other}).ok());
    registry::MemberData kid = person(u"مينا"_s, u"سيد"_s, u"عبده"_s, u"son"_s, u"male"_s);
    kid.birthDate = yearsAgo(10);
    auto kidId = t.households.members().add(t.admin, other, kid);
    REQUIRE(kidId.ok());
    SupportData d;
    d.programme = kProgramme;
    d.type = u"cash"_s;
    d.amount = 700;
    d.currency = u"SAR"_s;
    d.frequency = u"monthly"_s;
    d.startsOn = kToday.addMonths(-6);
    d.decision = u"approved"_s;
    d.reason = u"أسرة مستحقة"_s;
    REQUIRE(Support(t.db).record(t.salem, other, d).ok());
    // A family without the programme's support has nothing to record.
    QByteArray thirdHead;
    const QByteArray third = t.household(person(u"سمر"_s, u"عادل"_s, u"فهمي"_s, u"head"_s, u"female"_s), thirdHead);
    CHECK(t.conditions.record(t.omar, third, t.school, t.month, {}).error().field == u"period"_s);
    REQUIRE(t.conditions.record(t.omar, t.family, t.school, t.month, {{t.pupil, 60, {}}}).ok());
    REQUIRE(t.conditions.record(t.omar, other, t.school, t.month, {{kidId.value(), 90, {}}}).ok());
    const QString last = Conditions::periodOf(u"month"_s, kToday.addMonths(-1));
    REQUIRE(t.conditions.record(t.omar, other, t.school, last, {{kidId.value(), 85, {}}}).ok());
    auto rates = t.conditions.rates(kToday.year(), u"city"_s);
    REQUIRE(rates.ok());
    int records = 0, met = 0;
    for (const ComplianceRate &r : rates.value()) {
        if (r.period != t.month)
            continue;
        records += r.records;
        met += r.met;
        CHECK(r.rate() == (r.area == u"أسيوط"_s ? 1.0 : 0.0));
    }
    CHECK(records == 2);
    CHECK(met == 1);
    CHECK(t.conditions.rates(kToday.year(), u"street"_s).error().field == u"area"_s);
    CHECK(t.conditions.rates(kToday.year() + 1, u"region"_s).value().isEmpty());
}

TEST_CASE("The same month recorded on two copies is one record, and a field worker's laptop cannot suspend support",
          "[conditions][sync][privileges]")
{
    test::syncfixture::Org org{2};
    auto &centre = org[0], &laptop = org[1];
    const QByteArray family = centre.family();
    registry::MemberData kid = person(u"يوسف"_s, u"ناصر"_s, u"الدوسري"_s, u"son"_s, u"male"_s);
    kid.birthDate = yearsAgo(9);
    auto pupil = registry::MemberService(centre.db).add(centre.admin(), family, kid);
    REQUIRE(pupil.ok());
    SupportData d;
    d.programme = kProgramme;
    d.type = u"cash"_s;
    d.amount = 900;
    d.currency = u"EGP"_s;
    d.frequency = u"monthly"_s;
    d.startsOn = kToday.addMonths(-3);
    d.decision = u"approved"_s;
    d.reason = u"أسرة مستحقة"_s;
    REQUIRE(Support(centre.db).record(centre.admin(), family, d).ok());
    auto school = Conditions(centre.db).add(centre.admin(), {kProgramme, u"الحضور"_s, u"school_age"_s, u"percent"_s, 80, u"month"_s});
    REQUIRE(school.ok());
    security::UserService users(centre.db, security::HashCost::minimal());
    REQUIRE(users.add(centre.admin(), {u"omar"_s, u"عمر"_s, Role::FieldWorker, u"correct horse battery"_s}).ok());
    org.exchange(centre, laptop);
    const QString month = Conditions::periodOf(u"month"_s, kToday);
    REQUIRE(Conditions(centre.db).record(centre.admin(), family, school.value(), month, {{pupil.value(), 85, {}}}).ok());
    REQUIRE(Conditions(laptop.db).record(laptop.admin(), family, school.value(), month, {{pupil.value(), 60, {}}}).ok());
    org.exchange(centre, laptop);
    for (auto *dev : {&centre, &laptop})
        CHECK(dev->db.scalar(u"SELECT count(*) FROM condition_compliance"_s).value().toInt() == 1);
    CHECK(centre.dump() == laptop.dump());

    // Around the service, signed with the field worker's own key.
    auto omar = security::UserService(laptop.db, security::HashCost::minimal()).login(u"omar"_s, u"correct horse battery"_s);
    REQUIRE(omar.ok());
    storage::SyncedWriter writer(laptop.db);
    laptop.db.setCurrentUser(omar.value().userId);
    // A suspension among the ordinary steps: no such step there.
    CHECK_FALSE(writer.insert(u"compliance_actions"_s, {{u"household_id"_s, family}, {u"programme"_s, kProgramme},
                                                        {u"action"_s, u"suspension"_s}, {u"on_date"_s, kToday.toString(Qt::ISODate)},
                                                        {u"reason"_s, u"أوقفتها"_s}, {u"by_user"_s, omar.value().userId}})
                      .ok());
    REQUIRE(writer.insert(u"conditional_decisions"_s, {{u"household_id"_s, family}, {u"programme"_s, kProgramme},
                                                       {u"action"_s, u"suspension"_s}, {u"on_date"_s, kToday.toString(Qt::ISODate)},
                                                       {u"reason"_s, u"أوقفتها"_s}, {u"by_user"_s, omar.value().userId}})
                .ok());
    REQUIRE(writer.insert(u"support_conditions"_s, {{u"programme"_s, kProgramme}, {u"name"_s, u"شرط مزيف"_s},
                                                    {u"applies_to"_s, u"household"_s}, {u"measure"_s, u"count"_s},
                                                    {u"threshold"_s, 5}, {u"period"_s, u"month"_s}})
                .ok());
    // A suspension the centre decided, archived on the laptop: a decision is undone only by another.
    auto fresh = Conditions(centre.db).record(centre.admin(), family, school.value(), month, {{pupil.value(), 10, {}}});
    REQUIRE(fresh.ok());
    REQUIRE(Conditions(centre.db).counsel(centre.admin(), family, kProgramme, kToday, u"تحدثنا"_s).ok());
    REQUIRE(Conditions(centre.db).suspend(centre.admin(), family, kProgramme, kToday, u"لم تلتزم"_s).ok());
    const QByteArray decision = centre.db.scalar(u"SELECT id FROM conditional_decisions"_s).value().toByteArray();
    REQUIRE(org.receive(laptop, org.sendFor(centre, laptop)).ok());
    laptop.db.setCurrentUser(omar.value().userId);
    REQUIRE(writer.update(u"conditional_decisions"_s, decision, {{u"deleted"_s, 1}}).ok());
    const sync::ImportSummary s = org.receive(centre, org.sendFor(laptop, centre));
    REQUIRE(s.ok());
    CHECK(s.refusedChanges == 3);
    CHECK(Conditions(centre.db).status(family).value().first().suspended);
    CHECK(centre.db.scalar(u"SELECT count(*) FROM conditional_decisions"_s).value().toInt() == 1); // the centre's own
    CHECK(Conditions(centre.db).list().value().size() == 1);
}
