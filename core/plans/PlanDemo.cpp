#include "plans/PlanDemo.h"

#include "registry/DemoGenerator.h"
#include "storage/Database.h"
#include "storage/SyncedWriter.h"
#include "storage/Uuid.h"

#include <QDate>
#include <QRandomGenerator>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tamkeen::plans {

namespace {

struct Partner {
    const char16_t *name;
    const char *kind;
    const char16_t *service;
};

// A small catalogue like a centre's: training, employers, finance, health, NGOs, benefits.
const Partner kPartners[] = {
    {u"المعهد التقني للتدريب المهني", "training", u"دورة خياطة وتفصيل"},
    {u"أكاديمية المهارات الرقمية", "training", u"دورة حاسب آلي"},
    {u"مصنع الملابس الوطني", "employer", u"وظيفة خياطة"},
    {u"شركة التجزئة المتحدة", "employer", u"وظيفة مبيعات"},
    {u"بنك التنمية الاجتماعية", "bank", u"قرض ميسر لمشروع منزلي"},
    {u"المركز الصحي بالحي", "health", u"فحص طبي شامل"},
    {u"جمعية البر الخيرية", "ngo", u"دعم تأسيس مشروع"},
    {u"الضمان الاجتماعي", "government", u"إعفاء من رسوم النقل المدرسي"},
};

const char16_t *const kGoals[][3] = {
    // track, description, indicator
    {u"training", u"إتمام دورة مهنية معتمدة", u"الشهادة"},
    {u"employment", u"الحصول على عمل بدخل ثابت", u"الدخل الشهري"},
    {u"own_project", u"تأسيس مشروع منزلي", u"صافي الربح الشهري"},
    {u"education", u"إكمال المرحلة الثانوية", u"الشهادة"},
    {u"microfinance", u"الحصول على تمويل لمشروع", u"مبلغ التمويل"},
};
const char16_t *const kTasks[] = {u"التسجيل في الدورة", u"إحضار الوثائق المطلوبة", u"حضور المقابلة",
                                  u"إعداد دراسة جدوى مبسطة", u"زيارة جهة التوظيف", u"فتح حساب بنكي"};

} // namespace

Result<PlanDemoSummary> PlanDemo::generate(storage::Database &db, const security::Session &by,
                                           const PlanDemoOptions &o, const std::function<bool(int, int)> &progress)
{
    if (Status s = registry::DemoGenerator::mayFill(db, by); !s)
        return s.error();
    QRandomGenerator rng(o.seed);
    const auto pick = [&](int n) { return int(rng.bounded(quint32(std::max(1, n)))); };
    QList<QByteArray> counsellors, supervisors;
    {
        auto q = db.exec(u"SELECT id, role FROM users WHERE role IN ('counsellor', 'supervisor') AND active = 1 "
                         "AND deleted = 0 ORDER BY username"_s);
        if (!q)
            return q.error();
        while (q.value()->next())
            (q.value()->value(1).toString() == u"supervisor" ? supervisors : counsellors) << q.value()->value(0).toByteArray();
        q.value()->finish();
    }
    if (counsellors.isEmpty())
        return makeError(ErrorCode::Invalid, u"add demonstration clinic records first (demo --appointments N)"_s);
    if (supervisors.isEmpty())
        supervisors = counsellors.mid(0, 1); // approvals need someone; the demo only
    struct Adult {
        QByteArray member, household;
    };
    QList<Adult> adults;
    {
        auto q = db.exec(u"SELECT m.id, m.household_id FROM members m JOIN households h ON h.id = m.household_id "
                         "WHERE m.deleted = 0 AND h.deleted = 0 AND m.able_to_work = 1 ORDER BY m.id"_s);
        if (!q)
            return q.error();
        while (q.value()->next())
            adults.append({q.value()->value(0).toByteArray(), q.value()->value(1).toByteArray()});
        q.value()->finish();
    }
    if (adults.isEmpty())
        return makeError(ErrorCode::Invalid, u"add demonstration households first (demo --households N)"_s);

    storage::SyncedWriter writer(db);
    storage::Database::BulkCache cache(db);
    PlanDemoSummary summary;
    if (!by.signingKey.isEmpty()) // approvals are signed with it
        db.setSigningKey(by.userId, by.signingKey);
    QList<QPair<QByteArray, QString>> partners; // id, service
    const Status made = db.transaction([&]() -> Status {
        if (Status marked = registry::DemoGenerator::markFilled(db); !marked)
            return marked;
        for (const Partner &p : kPartners) {
            auto id = writer.insert(u"partners"_s, {{u"name"_s, QString::fromUtf16(p.name)},
                                                    {u"kind"_s, QString::fromLatin1(p.kind)},
                                                    {u"services"_s, QString::fromUtf16(p.service)},
                                                    {u"active"_s, 1}});
            if (!id)
                return id.error();
            partners.append({id.value(), QString::fromUtf16(p.service)});
            ++summary.partners;
        }
        return {};
    });
    if (!made)
        return made.error();

    const QDate today = QDate::currentDate();
    const auto iso = [](const QDate &d) { return d.toString(Qt::ISODate); };
    const auto write = [&](const QString &table, const QVariantMap &fields, const QByteArray &id = {}) -> Status {
        auto w = writer.insert(table, fields, id);
        return w ? Status() : Status(w.error());
    };
    constexpr int kBatch = 5000;
    for (int done = 0; done < o.plans;) {
        const int batch = std::min(kBatch, o.plans - done);
        const Status s = db.transaction([&]() -> Status {
            for (int i = 0; i < batch; ++i) {
                const Adult &who = adults.at(pick(int(adults.size())));
                const QByteArray counsellor = counsellors.at(pick(int(counsellors.size())));
                const QDate started = today.addDays(-pick(900));
                static const char *const states[] = {"draft", "submitted", "active", "active", "active",
                                                     "active", "completed", "exited", "discontinued", "active"};
                const QString status = QString::fromLatin1(states[pick(10)]);
                const bool approved = status != u"draft" && status != u"submitted";
                const int goals = 1 + pick(3);
                QStringList tracks;
                QList<int> goalKinds;
                for (int g = 0; g < goals; ++g) {
                    const int k = pick(5);
                    goalKinds << k;
                    if (!tracks.contains(QString::fromUtf16(kGoals[k][0])))
                        tracks << QString::fromUtf16(kGoals[k][0]);
                }
                const QByteArray planId = storage::newUuidV7();
                // An approved plan is an approval, signed (docs/trust.md): the
                // demo's administrator signs it, the rest is the counsellor's.
                db.setCurrentUser(approved ? by.userId : counsellor);
                QDate review = approved ? started.addMonths(3) : QDate();
                while (review.isValid() && review < today.addMonths(-1))
                    review = review.addMonths(3);
                const bool closed = status == u"completed" || status == u"exited" || status == u"discontinued";
                if (Status w = write(u"plans"_s,
                                     {{u"member_id"_s, who.member},
                                      {u"household_id"_s, who.household},
                                      {u"counsellor_id"_s, counsellor},
                                      {u"status"_s, status},
                                      {u"tracks"_s, tracks.join(u',')},
                                      {u"started_on"_s, iso(started)},
                                      {u"review_months"_s, 3},
                                      {u"next_review"_s, approved && !closed ? QVariant(iso(review)) : QVariant()},
                                      {u"baseline"_s, uR"({"incomePerPerson":%1})"_s.arg(200 * pick(15))},
                                      {u"approved_by"_s, approved ? QVariant(supervisors.at(pick(int(supervisors.size()))))
                                                                  : QVariant()},
                                      {u"approved_on"_s, approved ? QVariant(iso(started.addDays(7))) : QVariant()},
                                      {u"closed_on"_s, closed ? QVariant(iso(std::min(today, started.addMonths(12))))
                                                              : QVariant()}},
                                     planId);
                    !w)
                    return w;
                db.setCurrentUser(counsellor);
                ++summary.plans;
                // The demo keeps the first and last events (created, then the current state).
                if (Status w = write(u"plan_events"_s, {{u"plan_id"_s, planId},
                                                        {u"event"_s, u"created"_s},
                                                        {u"status"_s, u"draft"_s},
                                                        {u"at"_s, iso(started) + u"T09:00"_s},
                                                        {u"by_user"_s, counsellor}});
                    !w)
                    return w;
                if (status != u"draft") {
                    const QString event = status == u"active" ? u"approved"_s : status;
                    db.setCurrentUser(event == u"approved" ? by.userId : counsellor);
                    if (Status w = write(u"plan_events"_s, {{u"plan_id"_s, planId},
                                                            {u"event"_s, event},
                                                            {u"status"_s, status},
                                                            {u"at"_s, iso(started.addDays(7)) + u"T10:00"_s},
                                                            {u"by_user"_s, counsellor}});
                        !w)
                        return w;
                    db.setCurrentUser(counsellor);
                }
                const int tasks = std::max(0, o.tasksPerPlan - 2 + pick(5));
                QList<QByteArray> goalIds;
                for (int g = 0; g < goals; ++g) {
                    const QByteArray goalId = storage::newUuidV7();
                    const auto &k = kGoals[goalKinds[g]];
                    if (Status w = write(u"plan_goals"_s,
                                         {{u"plan_id"_s, planId},
                                          {u"domain"_s, QString::fromUtf16(k[0])},
                                          {u"description"_s, QString::fromUtf16(k[1])},
                                          {u"indicator"_s, QString::fromUtf16(k[2])},
                                          {u"target_date"_s, iso(started.addMonths(6 + pick(12)))},
                                          {u"status"_s, closed && pick(2) ? u"achieved"_s : approved ? u"in_progress"_s
                                                                                             : u"not_started"_s},
                                          {u"position"_s, g}},
                                         goalId);
                        !w)
                        return w;
                    goalIds << goalId;
                    ++summary.goals;
                }
                for (int t = 0; t < tasks; ++t) {
                    const QDate due = started.addDays(14 + pick(300));
                    const bool done = due < today && pick(10) < 8;
                    if (Status w = write(u"plan_tasks"_s,
                                         {{u"plan_id"_s, planId},
                                          {u"goal_id"_s, goalIds.at(t % goalIds.size())},
                                          {u"description"_s, QString::fromUtf16(kTasks[pick(6)])},
                                          {u"responsible"_s, pick(3) ? u"beneficiary"_s : u"counsellor"_s},
                                          {u"due_date"_s, iso(due)},
                                          {u"done_on"_s, done ? QVariant(iso(due.addDays(-pick(5)))) : QVariant()},
                                          {u"status"_s, done ? u"done"_s : u"open"_s}});
                        !w)
                        return w;
                    ++summary.tasks;
                }
                const int refs = std::max(0, o.referralsPerPlan - 1 + pick(3));
                for (int r = 0; r < refs; ++r) {
                    const auto &[partner, service] = partners.at(pick(int(partners.size())));
                    const QDate sent = std::min(today, started.addDays(10 + pick(200)));
                    static const char *const referralStates[] = {"sent", "accepted", "in_progress", "completed",
                                                                 "completed", "rejected", "no_response"};
                    const QString rs = QString::fromLatin1(referralStates[pick(7)]);
                    const bool open = rs != u"completed" && rs != u"rejected";
                    const QByteArray referralId = storage::newUuidV7();
                    // The member's signed consent to sharing with the partner, as a referral needs.
                    if (Status w = write(u"consents"_s, {{u"member_id"_s, who.member},
                                                         {u"household_id"_s, who.household},
                                                         {u"purpose"_s, u"sharing"_s},
                                                         {u"partner_id"_s, partner},
                                                         {u"given_on"_s, iso(sent)},
                                                         {u"method"_s, u"signed_form"_s},
                                                         {u"recorded_by"_s, counsellor}});
                        !w)
                        return w;
                    if (Status w = write(u"referrals"_s,
                                         {{u"member_id"_s, who.member},
                                          {u"household_id"_s, who.household},
                                          {u"partner_id"_s, partner},
                                          {u"plan_id"_s, planId},
                                          {u"service"_s, service},
                                          {u"sent_on"_s, iso(sent)},
                                          {u"status"_s, rs},
                                          {u"follow_up_on"_s, open ? QVariant(iso(sent.addDays(30))) : QVariant()},
                                          {u"worker_id"_s, counsellor}},
                                         referralId);
                        !w)
                        return w;
                    if (Status w = write(u"referral_status"_s, {{u"referral_id"_s, referralId},
                                                                {u"status"_s, rs},
                                                                {u"on_date"_s, iso(sent)},
                                                                {u"by_user"_s, counsellor}});
                        !w)
                        return w;
                    ++summary.referrals;
                }
            }
            return {};
        });
        if (!s)
            return s.error();
        done += batch;
        if (progress && !progress(done, o.plans))
            break;
    }
    return summary;
}

} // namespace tamkeen::plans
