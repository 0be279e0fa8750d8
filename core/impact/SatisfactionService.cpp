#include "impact/SatisfactionService.h"

#include "org/DeviceInfo.h"
#include "storage/Database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

namespace {

const QString kTable = u"satisfaction_surveys"_s;

QString column(int item)
{
    return u"q%1"_s.arg(item + 1);
}

} // namespace

QString occasionKey(Occasion occasion)
{
    switch (occasion) {
    case Occasion::Session: return u"session"_s;
    case Occasion::PlanReview: return u"plan_review"_s;
    case Occasion::Exit: return u"exit"_s;
    }
    return {};
}

std::optional<Occasion> occasionFromKey(const QString &key)
{
    for (Occasion o : {Occasion::Session, Occasion::PlanReview, Occasion::Exit}) {
        if (occasionKey(o) == key)
            return o;
    }
    return std::nullopt;
}

SatisfactionService::SatisfactionService(storage::Database &db) : m_db(db), m_writer(db) {}

QList<SurveyItem> SatisfactionService::items()
{
    return {{column(0), tr("Respect and courtesy of the staff towards you")},
            {column(1), tr("Clarity of the information you were given")},
            {column(2), tr("Usefulness of the service or plan for you and your family")},
            {column(3), tr("Ease of reaching the centre or your social worker")},
            {column(4), tr("Your overall satisfaction with the service")}};
}

QString SatisfactionService::scoreLabel(int score)
{
    switch (score) {
    case 1: return tr("Very dissatisfied");
    case 2: return tr("Dissatisfied");
    case 3: return tr("Neutral");
    case 4: return tr("Satisfied");
    case 5: return tr("Very satisfied");
    }
    return {};
}

QString SatisfactionService::occasionLabel(Occasion occasion)
{
    switch (occasion) {
    case Occasion::Session: return tr("After a session");
    case Occasion::PlanReview: return tr("At a plan review");
    case Occasion::Exit: return tr("At exit");
    }
    return {};
}

bool SatisfactionService::mayRecord(const security::Session &by, Occasion occasion)
{
    using security::Role;
    if (by.role == Role::Counsellor || by.role == Role::Supervisor)
        return true;
    return occasion == Occasion::Exit && by.role == Role::FieldWorker;
}

Status SatisfactionService::check(const security::Session &by, const SurveyAnswers &a)
{
    if (!mayRecord(by, a.occasion))
        return makeError(ErrorCode::PermissionDenied,
                         a.occasion == Occasion::Exit
                             ? tr("Only field workers, counsellors and supervisors record satisfaction surveys.")
                             : tr("Only counsellors and supervisors record satisfaction surveys after sessions "
                                  "and plan reviews."));
    if (by.userId.isEmpty())
        return makeError(ErrorCode::PermissionDenied, tr("Log in to record a satisfaction survey."));
    if (!a.askedOn.isValid() || a.askedOn > QDate::currentDate())
        return makeError(ErrorCode::Invalid, tr("Choose the date the beneficiary was asked, today or earlier."),
                         u"askedOn"_s);
    int answered = 0;
    for (int i = 0; i < kSurveyItems; ++i) {
        const std::optional<int> &s = a.scores[size_t(i)];
        if (!s)
            continue;
        if (*s < kLowestScore || *s > kHighestScore)
            return makeError(ErrorCode::Invalid, tr("Each answer is a score from 1 to 5."), column(i));
        ++answered;
    }
    if (a.declined && (answered > 0 || !a.comment.trimmed().isEmpty()))
        return makeError(ErrorCode::Invalid,
                         tr("The beneficiary declined: clear the answers and the comment, or untick \"declined\"."),
                         u"declined"_s);
    if (!a.declined && answered == 0)
        return makeError(ErrorCode::Invalid,
                         tr("Choose an answer to at least one question, or record that the beneficiary declined."),
                         column(0));

    auto h = m_db.exec(u"SELECT deleted FROM households WHERE id = ?"_s, {a.householdId});
    if (!h)
        return h.error();
    const bool found = h.value()->next();
    const bool archived = found && h.value()->value(0).toBool();
    h.value()->finish();
    if (!found)
        return makeError(ErrorCode::NotFound, tr("This household no longer exists."));
    if (archived)
        return makeError(ErrorCode::Conflict, tr("This household's file is archived: surveys are not recorded on it."));
    if (!a.memberId.isEmpty()) {
        auto m = m_db.scalar(u"SELECT count(*) FROM members WHERE id = ? AND household_id = ? AND deleted = 0"_s,
                             {a.memberId, a.householdId});
        if (!m)
            return m.error();
        if (m.value().toInt() == 0)
            return makeError(ErrorCode::Invalid, tr("The person who answered is not a member of this household."),
                             u"member"_s);
    }
    if (!a.occasionId.isEmpty()) {
        // The session, plan or exit asked after belongs to this household.
        const QString table = a.occasion == Occasion::Session      ? u"sessions"_s
                              : a.occasion == Occasion::PlanReview ? u"plans"_s
                                                                   : u"household_exits"_s;
        auto o = m_db.scalar(u"SELECT count(*) FROM %1 WHERE id = ? AND household_id = ?"_s.arg(table),
                             {a.occasionId, a.householdId});
        if (!o)
            return o.error();
        if (o.value().toInt() == 0)
            return makeError(ErrorCode::Invalid, tr("The session, plan or exit this survey follows is not this household's."),
                             u"occasion"_s);
    }
    return {};
}

Result<QByteArray> SatisfactionService::record(const security::Session &by, const SurveyAnswers &a)
{
    if (Status s = check(by, a); !s)
        return s.error();
    // The centre that gave the service: the household's, else this device's.
    auto centre = org::Devices::centreFor(m_db, a.householdId);
    if (!centre)
        return centre.error();
    const QVariant centreId = centre.value();
    QVariantMap fields{{u"household_id"_s, a.householdId},
                       {u"member_id"_s, a.memberId.isEmpty() ? QVariant() : QVariant(a.memberId)},
                       {u"occasion"_s, occasionKey(a.occasion)},
                       {u"occasion_id"_s, a.occasionId.isEmpty() ? QVariant() : QVariant(a.occasionId)},
                       {u"asked_by"_s, by.userId},
                       {u"asked_on"_s, a.askedOn.toString(Qt::ISODate)},
                       {u"declined"_s, a.declined ? 1 : 0},
                       {u"comment"_s, a.comment.trimmed().isEmpty() ? QVariant() : QVariant(a.comment.trimmed())},
                       {u"centre_id"_s, centreId}};
    for (int i = 0; i < kSurveyItems; ++i) {
        const std::optional<int> &s = a.scores[size_t(i)];
        fields.insert(column(i), s ? QVariant(*s) : QVariant());
    }
    QByteArray id;
    const Status s = m_db.transaction([&]() -> Status {
        m_db.setCurrentUser(by.userId);
        auto row = m_writer.insert(kTable, fields);
        if (!row)
            return row.error();
        id = row.value();
        return {};
    });
    if (!s)
        return s.error();
    return id;
}

Result<QByteArray> SatisfactionService::recordRefusal(const security::Session &by, SurveyAnswers answers)
{
    answers.declined = true;
    answers.scores = {};
    answers.comment.clear();
    return record(by, answers);
}

Result<QList<Survey>> SatisfactionService::surveys(const QByteArray &householdId)
{
    auto q = m_db.exec(u"SELECT s.id, s.member_id, s.occasion, s.occasion_id, s.asked_by, u.full_name, s.asked_on, "
                       "s.declined, s.q1, s.q2, s.q3, s.q4, s.q5, s.comment, s.centre_id "
                       "FROM satisfaction_surveys s LEFT JOIN users u ON u.id = s.asked_by "
                       "WHERE s.household_id = ? AND s.deleted = 0 ORDER BY s.asked_on DESC, s.id DESC"_s,
                       {householdId});
    if (!q)
        return q.error();
    QList<Survey> list;
    while (q.value()->next()) {
        const QSqlQuery *r = q.value();
        Survey s;
        s.id = r->value(0).toByteArray();
        s.householdId = householdId;
        s.memberId = r->value(1).toByteArray();
        s.occasion = occasionFromKey(r->value(2).toString()).value_or(Occasion::Session);
        s.occasionId = r->value(3).toByteArray();
        s.askedBy = r->value(4).toByteArray();
        s.askedByName = r->value(5).toString();
        s.askedOn = QDate::fromString(r->value(6).toString(), Qt::ISODate);
        s.declined = r->value(7).toBool();
        for (int i = 0; i < kSurveyItems; ++i) {
            const QVariant v = r->value(8 + i);
            if (!v.isNull())
                s.scores[size_t(i)] = v.toInt();
        }
        s.comment = r->value(13).toString();
        s.centreId = r->value(14).toByteArray();
        list << s;
    }
    q.value()->finish();
    return list;
}

} // namespace tamkeen::impact
