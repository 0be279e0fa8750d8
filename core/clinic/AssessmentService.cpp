#include "clinic/AssessmentService.h"

#include "clinic/ClinicVocabulary.h"
#include "clinic/Scores.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tamkeen::clinic {

AssessmentService::AssessmentService(storage::Database &db) : m_db(db), m_writer(db) {}

Status AssessmentService::validate(const QString &kind, const QJsonObject &d)
{
    if (!registry::Vocabulary::contains(ClinicVocabulary::assessmentKinds(), kind))
        return makeError(ErrorCode::Invalid, tr("Choose the kind of assessment."), u"kind"_s);
    if (kind == u"wellbeing") {
        QList<int> items;
        for (const QJsonValue &v : d.value(u"items"_s).toArray())
            items << (v.isDouble() ? v.toInt() : -1);
        if (!Scores::who5(items))
            return makeError(ErrorCode::Invalid, tr("Answer all five statements, each from 0 to 5."), u"items"_s);
    } else if (kind == u"work_readiness") {
        const int years = d.value(u"experienceYears"_s).toInt(-1);
        if (years < 0 || years > 60)
            return makeError(ErrorCode::Invalid, tr("Years of work experience must be between 0 and 60."),
                             u"experienceYears"_s);
        for (const QJsonValue &b : d.value(u"barriers"_s).toArray()) {
            if (!registry::Vocabulary::contains(ClinicVocabulary::barriers(), b.toString()))
                return makeError(ErrorCode::Invalid, tr("Unknown barrier: %1.").arg(b.toString()), u"barriers"_s);
        }
    } else if (kind == u"economic") {
        for (const QString &key : {u"monthlyIncome"_s, u"monthlyExpenses"_s, u"debts"_s, u"assets"_s}) {
            const double v = d.value(key).toDouble(-1);
            if (!(v >= 0) || v > 1e10)
                return makeError(ErrorCode::Invalid, tr("Amounts must be zero or more."), key);
        }
    }
    return {};
}

Result<QByteArray> AssessmentService::record(const security::Session &by, const QByteArray &memberId, const QString &kind,
                                             const QDate &assessedOn, const QJsonObject &data, const QByteArray &sessionId)
{
    if (!mayCounsel(by))
        return makeError(ErrorCode::PermissionDenied, tr("Only counsellors and supervisors record assessments."));
    if (Status s = validate(kind, data); !s)
        return s.error();
    if (!assessedOn.isValid() || assessedOn > QDate::currentDate())
        return makeError(ErrorCode::Invalid, tr("The date of the assessment cannot be in the future."), u"assessedOn"_s);
    auto household = m_db.scalar(u"SELECT household_id FROM members WHERE id = ? AND deleted = 0"_s, {memberId});
    if (!household)
        return household.error();
    if (household.value().isNull())
        return makeError(ErrorCode::NotFound, tr("This family member no longer exists."), u"member"_s);
    m_db.setCurrentUser(by.userId);
    return m_writer.insert(u"assessments"_s,
                           {{u"member_id"_s, memberId},
                            {u"household_id"_s, household.value()},
                            {u"session_id"_s, sessionId.isEmpty() ? QVariant() : QVariant(sessionId)},
                            {u"kind"_s, kind},
                            {u"assessed_on"_s, assessedOn.toString(Qt::ISODate)},
                            {u"score"_s, Scores::scoreOf(kind, data)},
                            {u"data"_s, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact))},
                            {u"by_user"_s, by.userId}});
}

namespace {
Result<QList<Assessment>> readAll(storage::Database &db, const security::Session &reader, const QString &sql,
                                  const QVariantList &values)
{
    auto q = db.exec(sql, values);
    if (!q)
        return q.error();
    QList<Assessment> list;
    while (q.value()->next()) {
        const QSqlQuery *r = q.value();
        Assessment a;
        a.id = r->value(0).toByteArray();
        a.memberId = r->value(1).toByteArray();
        a.householdId = r->value(2).toByteArray();
        a.sessionId = r->value(3).toByteArray();
        a.kind = r->value(4).toString();
        a.assessedOn = QDate::fromString(r->value(5).toString(), Qt::ISODate);
        if (AssessmentService::isConfidential(a.kind) && !mayReadConfidential(reader)) {
            a.withheld = true;
        } else {
            a.score = r->value(6).toDouble();
            a.data = QJsonDocument::fromJson(r->value(7).toString().toUtf8()).object();
        }
        list << a;
    }
    q.value()->finish();
    return list;
}

const QString kColumns = u"SELECT id, member_id, household_id, session_id, kind, assessed_on, score, data FROM assessments "_s;
} // namespace

Result<QList<Assessment>> AssessmentService::history(const security::Session &reader, const QByteArray &memberId,
                                                     const QString &kind)
{
    return readAll(m_db, reader,
                   kColumns + u"WHERE member_id = ? AND kind = ? AND deleted = 0 ORDER BY assessed_on, created_at"_s,
                   {memberId, kind});
}

Result<QList<Assessment>> AssessmentService::latest(const security::Session &reader, const QByteArray &memberId)
{
    QList<Assessment> list;
    for (const registry::Term &k : ClinicVocabulary::assessmentKinds()) {
        auto one = readAll(m_db, reader,
                           kColumns + u"WHERE member_id = ? AND kind = ? AND deleted = 0 "
                                      "ORDER BY assessed_on DESC, created_at DESC LIMIT 1"_s,
                           {memberId, k.key});
        if (!one)
            return one.error();
        list << one.value();
    }
    return list;
}

} // namespace tamkeen::clinic
