// Erasure and signatures (issue 15 §6): a privileged change keeps the values
// its author signed beside it in the log (change_log.signed, docs/trust.md).
// An erasure takes them out for the rows it covers, and only for those.
#include "ClinicFixture.h"
#include "plans/PlanService.h"
#include "registry/Erasure.h"

using namespace tamkeen;
using namespace tamkeen::test::clinicfixture;

namespace {

struct Signed : Clinic {
    plans::PlanService plans{db};
    security::Session huda = user(QStringLiteral("huda"), QStringLiteral("هدى"), Role::Counsellor);
    security::Session salem = user(QStringLiteral("salem"), QStringLiteral("سالم"), Role::Supervisor);

    // A family whose plan a supervisor approved (the approval is signed).
    QByteArray approvedPlan(const QString &given, QByteArray &household)
    {
        QByteArray head;
        household = this->household(person(given, QStringLiteral("سعد"), QStringLiteral("القحطاني")), head);
        auto plan = plans.create(huda, head, {QStringLiteral("training")});
        REQUIRE(plan.ok());
        REQUIRE(plans.addGoal(huda, plan.value(),
                              {QStringLiteral("training"), QStringLiteral("دورة خياطة"), {}, {}, {},
                               QDate::currentDate().addMonths(6)})
                    .ok());
        REQUIRE(plans.submit(huda, plan.value()).ok());
        REQUIRE(plans.approve(salem, plan.value()).ok());
        return plan.value();
    }

    qint64 signedEntries(const QByteArray &plan)
    {
        return db.scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE tbl = 'plans' AND row_id = ? "
                                        "AND signed IS NOT NULL"),
                         {plan})
            .value()
            .toLongLong();
    }
};

} // namespace

TEST_CASE("An erasure takes out the values the family's signed changes kept, and no one else's", "[erasure]")
{
    Signed s;
    QByteArray erasedFamily, otherFamily;
    const QByteArray erasedPlan = s.approvedPlan(QStringLiteral("نورة"), erasedFamily);
    const QByteArray otherPlan = s.approvedPlan(QStringLiteral("مريم"), otherFamily);
    REQUIRE(s.signedEntries(erasedPlan) > 0);
    REQUIRE(s.signedEntries(otherPlan) > 0);

    auto erased = registry::Erasure::eraseHousehold(s.db, s.admin, erasedFamily, QStringLiteral("طلب الأسرة المحو كتابيًا"));
    INFO((erased ? std::string() : erased.error().message.toStdString()));
    REQUIRE(erased.ok());
    CHECK(s.signedEntries(erasedPlan) == 0);
    CHECK(s.signedEntries(otherPlan) > 0);
}
