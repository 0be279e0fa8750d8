#include "clinic/ClinicDemo.h"

#include "clinic/ClinicalKeys.h"

#include "security/PasswordRules.h"
#include "clinic/AppointmentService.h"
#include "clinic/ClinicVocabulary.h"
#include "clinic/Scores.h"
#include "registry/DemoGenerator.h"
#include "security/Roles.h"
#include "security/UserService.h"
#include "storage/Database.h"
#include "storage/SyncedWriter.h"
#include "storage/Uuid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <cmath>

using namespace Qt::StringLiterals;

namespace tamkeen::clinic {

namespace {

constexpr int kSlotsPerDay = 16; // half hours from 08:00


class Dice {
public:
    explicit Dice(quint32 seed) : m_rng(seed) {}
    int pick(int n) { return int(m_rng.bounded(quint32(std::max(1, n)))); }
    bool chance(int percent) { return pick(100) < percent; }
    template <typename T>
    const T &any(const QList<T> &list) { return list.at(pick(int(list.size()))); }
    // Picks a key by weight.
    QString weighted(const QList<QPair<QString, int>> &choices)
    {
        int total = 0;
        for (const auto &c : choices)
            total += c.second;
        int r = pick(total);
        for (const auto &c : choices) {
            if (r < c.second)
                return c.first;
            r -= c.second;
        }
        return choices.last().first;
    }

private:
    QRandomGenerator m_rng;
};

const QList<QPair<QString, int>> kTypes = {{u"economic"_s, 30}, {u"social"_s, 20}, {u"psychological"_s, 15},
                                           {u"vocational"_s, 25}, {u"legal"_s, 5},  {u"health"_s, 5}};
const QList<QPair<QString, int>> kPlaces = {{u"centre"_s, 70}, {u"phone"_s, 15}, {u"home"_s, 10}, {u"video"_s, 5}};
const QStringList kNeeds = {u"البحث عن عمل مناسب"_s, u"ديون متراكمة على الأسرة"_s, u"رغبة في بدء مشروع منزلي"_s,
                            u"صعوبة في تغطية الإيجار"_s, u"ضغوط نفسية بعد فقدان العمل"_s, u"تسرب أحد الأبناء من المدرسة"_s};
const QStringList kObservations = {u"المستفيد متعاون ولديه دافعية"_s, u"تحتاج الأسرة إلى متابعة قريبة"_s,
                                   u"لديها مهارة في الخياطة"_s, u"يحتاج إلى تدريب على الحاسب"_s};
const QStringList kRecommendations = {u"الإحالة إلى برنامج تدريب مهني"_s, u"التقديم على تمويل بنك التنمية الاجتماعية"_s,
                                      u"جلسة متابعة بعد أسبوعين"_s, u"إعداد ميزانية شهرية للأسرة"_s};
const QStringList kActions = {u"إحضار شهادة الخبرة"_s, u"التسجيل في دورة الحاسب"_s, u"زيارة جهة التوظيف"_s,
                              u"إعداد ميزانية الأسرة"_s, u"متابعة طلب التمويل"_s};
const QStringList kSkills = {u"خياطة"_s, u"طبخ"_s, u"حاسب آلي"_s, u"قيادة"_s, u"مبيعات"_s, u"تجميل"_s};
const QStringList kFields = {u"الخياطة والتطريز"_s, u"المبيعات"_s, u"الأعمال المكتبية"_s, u"الطبخ المنزلي"_s};

QJsonObject assessmentData(Dice &d, const QString &kind)
{
    if (kind == u"wellbeing") {
        QJsonArray items;
        const int mood = d.pick(6);
        for (int i = 0; i < 5; ++i)
            items.append(std::clamp(mood + d.pick(3) - 1, 0, 5));
        return {{u"items"_s, items}};
    }
    if (kind == u"work_readiness") {
        QJsonArray skills, qualifications, barriers;
        for (int i = d.pick(4); i > 0; --i)
            skills.append(kSkills.at(d.pick(int(kSkills.size()))));
        if (d.chance(50))
            qualifications.append(u"شهادة ثانوية"_s);
        const QList<registry::Term> all = ClinicVocabulary::barriers();
        for (int i = d.pick(3); i > 0; --i)
            barriers.append(all.at(d.pick(int(all.size()))).key);
        return {{u"skills"_s, skills},
                {u"qualifications"_s, qualifications},
                {u"experienceYears"_s, d.pick(11)},
                {u"barriers"_s, barriers},
                {u"desiredField"_s, d.chance(70) ? kFields.at(d.pick(int(kFields.size()))) : QString()},
                {u"ableToWork"_s, d.chance(85)}};
    }
    if (kind == u"economic") {
        const int income = 500 * d.pick(14);
        return {{u"monthlyIncome"_s, income},
                {u"monthlyExpenses"_s, income + 500 * (d.pick(7) - 3)},
                {u"debts"_s, d.chance(40) ? 1000 * d.pick(30) : 0},
                {u"assets"_s, d.chance(20) ? 5000 * d.pick(10) : 0},
                {u"budget"_s, QString()}};
    }
    QJsonArray risks;
    if (d.chance(5))
        risks.append(u"خلافات أسرية حادة"_s);
    return {{u"familyRelations"_s, d.chance(80) ? u"مستقرة"_s : u"متوترة"_s},
            {u"supportNetwork"_s, d.chance(60) ? u"الأقارب"_s : u"لا توجد"_s},
            {u"risks"_s, risks}};
}

QString kindFor(const QString &type)
{
    if (type == u"vocational")
        return u"work_readiness"_s;
    if (type == u"psychological")
        return u"wellbeing"_s;
    if (type == u"social")
        return u"social"_s;
    return u"economic"_s;
}

struct Adult {
    QByteArray member;
    QByteArray household;
};

// Working days (Sunday to Thursday) from three years ago to two weeks ahead.
QList<QDate> workingDays(const QDate &today)
{
    QList<QDate> days;
    for (QDate d = today.addYears(-3); d <= today.addDays(14); d = d.addDays(1)) {
        if (d.dayOfWeek() != Qt::Friday && d.dayOfWeek() != Qt::Saturday)
            days << d;
    }
    return days;
}

} // namespace

int ClinicDemo::counsellorsNeeded(int appointments)
{
    const qint64 slotsEach = qint64(workingDays(QDate::currentDate()).size()) * kSlotsPerDay;
    return std::max(1, int((appointments + slotsEach - 1) / slotsEach));
}

Result<ClinicDemoSummary> ClinicDemo::generate(storage::Database &db, const security::Session &by,
                                               const ClinicDemoOptions &o, const std::function<bool(int, int)> &progress)
{
    if (Status s = registry::DemoGenerator::mayFill(db, by); !s)
        return s.error();
    if (o.appointments < 0 || o.sessions < 0)
        return makeError(ErrorCode::Invalid, u"the numbers of appointments and sessions cannot be negative"_s);
    const QDate today = QDate::currentDate();
    const QDateTime now = QDateTime::currentDateTime();
    const QList<QDate> days = workingDays(today);
    const qint64 slotsEach = qint64(days.size()) * kSlotsPerDay;
    const int needed = counsellorsNeeded(o.appointments);

    QList<Adult> adults;
    {
        auto q = db.exec(u"SELECT m.id, m.household_id FROM members m JOIN households h ON h.id = m.household_id "
                         "WHERE m.deleted = 0 AND h.deleted = 0 AND m.birth_date <= ? ORDER BY m.id"_s,
                         {today.addYears(-18).toString(Qt::ISODate)});
        if (!q)
            return q.error();
        while (q.value()->next())
            adults.append({q.value()->value(0).toByteArray(), q.value()->value(1).toByteArray()});
        q.value()->finish();
    }
    if (adults.isEmpty() && (o.appointments > 0 || o.sessions > 0))
        return makeError(ErrorCode::Invalid, u"add demonstration households first (demo --households N)"_s);

    Dice d(o.seed);
    storage::SyncedWriter writer(db);
    storage::Database::BulkCache cache(db);
    ClinicDemoSummary summary;

    // Counsellors: those already there, then new ones made by the administrator.
    QList<QByteArray> counsellors;
    QHash<QByteArray, QByteArray> newKeys; // of the counsellors made here, unlocked while the demo writes
    // Written as the counsellors; the caller's authorship comes back after,
    // and the counsellors' keys are forgotten.
    struct Restore {
        storage::Database &db;
        QByteArray author;
        const QHash<QByteArray, QByteArray> &made;
        ~Restore()
        {
            for (auto k = made.cbegin(); k != made.cend(); ++k)
                db.setSigningKey(k.key(), {});
            db.setCurrentUser(author);
        }
    } restore{db, db.currentUser(), newKeys};
    {
        auto q = db.exec(u"SELECT id FROM users WHERE role = 'counsellor' AND active = 1 AND deleted = 0 ORDER BY username"_s);
        if (!q)
            return q.error();
        while (q.value()->next())
            counsellors << q.value()->value(0).toByteArray();
        q.value()->finish();
    }
    if (counsellors.size() < needed) {
        // The same rules as every account (security/PasswordRules), said before any is made.
        if (const QString weak = security::PasswordRules::weakness(o.counsellorPassword); !weak.isEmpty())
            return makeError(ErrorCode::Invalid, weak, u"password"_s);
        security::UserService users(db);
        using registry::DemoGenerator;
        const QStringList male = DemoGenerator::nameList(u"male_given.txt"_s);
        const QStringList female = DemoGenerator::nameList(u"female_given.txt"_s);
        const QStringList family = DemoGenerator::nameList(u"family_sa.txt"_s);
        if (male.isEmpty() || female.isEmpty() || family.isEmpty())
            return makeError(ErrorCode::Io, u"the demonstration name lists are missing from this build"_s);
        const Status s = db.transaction([&]() -> Status {
            if (Status marked = DemoGenerator::markFilled(db); !marked)
                return marked;
            for (int i = int(counsellors.size()); i < needed; ++i) {
                const QString name = (d.chance(60) ? d.any(female) : d.any(male)) + u' ' + d.any(family);
                // The next free name: inactive counsellors keep theirs.
                QString username;
                for (int n = i + 1;; ++n) {
                    username = u"counsellor%1"_s.arg(n, 2, 10, QChar(u'0'));
                    auto taken = db.scalar(u"SELECT count(*) FROM users WHERE username = ?"_s, {username});
                    if (!taken)
                        return taken.error();
                    if (taken.value().toInt() == 0)
                        break;
                }
                // Through the accounts service: an administrator's change like any other.
                auto id = users.add(by, {username, name, security::Role::Counsellor, o.counsellorPassword});
                if (!id)
                    return id.error();
                counsellors << id.value();
                // Unlocked here, so that its key signs the counsellor's confidential notes.
                auto unlocked = users.login(username, o.counsellorPassword);
                if (!unlocked)
                    return unlocked.error();
                // As the app does after a login: the clinic's key, made or sealed to them.
                if (Status k = ClinicalKeys::maintain(db, unlocked.value()); !k)
                    return k;
                newKeys.insert(id.value(), unlocked.value().signingKey);
                ++summary.counsellors;
            }
            return {};
        });
        if (!s)
            return s.error();
    }
    for (auto k = newKeys.cbegin(); k != newKeys.cend(); ++k)
        db.setSigningKey(k.key(), k.value());

    // Appointments spread evenly over every counsellor's slots, in time order,
    // so that nobody is booked twice.
    const qint64 totalSlots = slotsEach * counsellors.size();
    const int perCounsellor = int(counsellors.size());
    const auto write = [&](const QString &table, const QVariantMap &fields, const QByteArray &id = {}) -> Status {
        auto w = writer.insert(table, fields, id);
        return w ? Status() : Status(w.error());
    };
    // Confidential notes are sealed to the clinic's key (ClinicalKeys), which a
    // counsellor's login above made; without one, psychological sessions are
    // written without their notes.
    const bool sealing = bool(ClinicalKeys::seal(db, QVariant(u"-"_s)));
    const auto sealedIf = [&](bool secret, const QVariant &value) -> QVariant {
        if (!secret)
            return value;
        if (!sealing)
            return QVariant();
        auto v = ClinicalKeys::seal(db, value);
        return v ? v.value() : QVariant();
    };
    const auto addSession = [&](const QByteArray &sessionId, const Adult &who, const QByteArray &counsellor,
                                const QDateTime &at, const QString &type, const QString &mode,
                                const QByteArray &appointmentId) -> Status {
        const bool psych = type == u"psychological";
        // A confidential note is signed by its counsellor: only those made here can.
        const bool note = psych && !db.signingKey().isEmpty();
        if (Status s = write(u"sessions"_s,
                             {{u"member_id"_s, who.member},
                              {u"household_id"_s, who.household},
                              {u"counsellor_id"_s, counsellor},
                              {u"appointment_id"_s, appointmentId.isEmpty() ? QVariant() : QVariant(appointmentId)},
                              {u"held_at"_s, AppointmentService::timeText(at)},
                              {u"duration_min"_s, 30},
                              {u"types"_s, type},
                              {u"mode"_s, mode},
                              {u"confidential"_s, psych ? 1 : 0},
                              {u"needs"_s, sealedIf(psych, kNeeds.at(d.pick(int(kNeeds.size()))))},
                              {u"observations"_s, sealedIf(psych, kObservations.at(d.pick(int(kObservations.size()))))},
                              {u"recommendations"_s,
                               sealedIf(psych, kRecommendations.at(d.pick(int(kRecommendations.size()))))},
                              {u"psych_notes"_s, note ? sealedIf(true, u"ملاحظات نفسية سرية"_s) : QVariant()}},
                             sessionId);
            !s)
            return s;
        ++summary.sessions;
        if (d.chance(30)) {
            const QDate due = at.date().addDays(7 + d.pick(24));
            const bool done = due < today.addDays(-7) && d.chance(90);
            if (Status s = write(u"agreed_actions"_s, {{u"session_id"_s, sessionId},
                                                       {u"member_id"_s, who.member},
                                                       {u"household_id"_s, who.household},
                                                       {u"counsellor_id"_s, counsellor},
                                                       {u"description"_s,
                                                        sealedIf(psych && sealing, kActions.at(d.pick(int(kActions.size()))))},
                                                       {u"responsible"_s, d.chance(70) ? u"beneficiary"_s : u"counsellor"_s},
                                                       {u"due_date"_s, due.toString(Qt::ISODate)},
                                                       {u"done_on"_s, done ? QVariant(due.addDays(-d.pick(5)).toString(Qt::ISODate))
                                                                           : QVariant()}});
                !s)
                return s;
            ++summary.actions;
        }
        if (d.chance(12)) {
            const QString kind = kindFor(type);
            const QJsonObject data = assessmentData(d, kind);
            if (Status s = write(u"assessments"_s,
                                 {{u"member_id"_s, who.member},
                                  {u"household_id"_s, who.household},
                                  {u"session_id"_s, sessionId},
                                  {u"kind"_s, kind},
                                  {u"assessed_on"_s, at.date().toString(Qt::ISODate)},
                                  {u"score"_s, Scores::scoreOf(kind, data)},
                                  {u"data"_s, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact))},
                                  {u"by_user"_s, counsellor}});
                !s)
                return s;
            ++summary.assessments;
        }
        return {};
    };

    constexpr int kBatch = 20000;
    const int total = o.appointments + o.sessions;
    for (int done = 0; done < o.appointments;) {
        const int batch = std::min(kBatch, o.appointments - done);
        const Status s = db.transaction([&]() -> Status {
            for (int i = done; i < done + batch; ++i) {
                const qint64 slot = qint64(std::floor(double(i) * double(totalSlots) / double(o.appointments)));
                const int counsellorIndex = int(slot % perCounsellor);
                const qint64 daySlot = slot / perCounsellor;
                const QDate day = days.at(int(daySlot / kSlotsPerDay));
                const QDateTime starts(day, QTime(8, 0).addSecs(int(daySlot % kSlotsPerDay) * 1800));
                const QByteArray counsellor = counsellors.at(counsellorIndex);
                const Adult &who = d.any(adults);
                const QString type = d.weighted(kTypes);
                const QString place = d.weighted(kPlaces);
                QString status = u"booked"_s;
                if (starts < now) {
                    const int r = d.pick(100);
                    status = r < 72 ? u"attended"_s : r < 87 ? u"no_show"_s : u"cancelled"_s;
                }
                const QByteArray id = storage::newUuidV7();
                const bool withSession = status == u"attended" && summary.sessions < o.sessions;
                const QByteArray sessionId = withSession ? storage::newUuidV7() : QByteArray();
                db.setCurrentUser(counsellor);
                if (Status w = write(u"appointments"_s,
                                     {{u"member_id"_s, who.member},
                                      {u"household_id"_s, who.household},
                                      {u"counsellor_id"_s, counsellor},
                                      {u"starts_at"_s, AppointmentService::timeText(starts)},
                                      {u"duration_min"_s, 30},
                                      {u"types"_s, type},
                                      {u"place"_s, place},
                                      {u"status"_s, status},
                                      {u"session_id"_s, withSession ? QVariant(sessionId) : QVariant()}},
                                     id);
                    !w)
                    return w;
                ++summary.appointments;
                // The demo keeps the last change only (booking is implied).
                if (status != u"booked") {
                    if (Status w = write(u"appointment_status"_s,
                                         {{u"appointment_id"_s, id},
                                          {u"status"_s, status},
                                          {u"previous_status"_s, u"booked"_s},
                                          {u"at"_s, AppointmentService::timeText(starts.addSecs(1800))},
                                          {u"by_user"_s, counsellor},
                                          {u"reason"_s, status == u"cancelled" ? QVariant(u"اعتذار المستفيد"_s) : QVariant()}});
                        !w)
                        return w;
                }
                if (withSession) {
                    if (Status w = addSession(sessionId, who, counsellor, starts, type, place, id); !w)
                        return w;
                }
            }
            return {};
        });
        if (!s)
            return s.error();
        done += batch;
        if (progress && !progress(done, total))
            return summary;
    }
    // More sessions than attended appointments: home visits recorded directly.
    while (summary.sessions < o.sessions) {
        const int batch = std::min(kBatch, o.sessions - summary.sessions);
        const Status s = db.transaction([&]() -> Status {
            for (int i = 0; i < batch; ++i) {
                const QByteArray counsellor = counsellors.at(d.pick(perCounsellor));
                const QDateTime at(days.at(d.pick(int(days.size()) - 10)), QTime(8 + d.pick(8), 0));
                db.setCurrentUser(counsellor);
                if (Status w = addSession(storage::newUuidV7(), d.any(adults), counsellor, std::min(at, now),
                                          d.weighted(kTypes), u"home"_s, {});
                    !w)
                    return w;
            }
            return {};
        });
        if (!s)
            return s.error();
        if (progress && !progress(o.appointments + summary.sessions, total))
            break;
    }
    return summary;
}

} // namespace tamkeen::clinic
