#include "impact/EarlyWarnings.h"

#include "storage/Database.h"
#include "org/OrgSettings.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

namespace {

const QString kThresholdsKey = u"early_warning_thresholds"_s;

} // namespace

EarlyWarnings::EarlyWarnings(storage::Database &db) : m_db(db), m_writer(db) {}

const QList<ThresholdBound> &EarlyWarnings::thresholdBounds()
{
    static const QList<ThresholdBound> list = {
        {&WarningThresholds::incomeDropPercent, "incomeDropPercent", 1, 100},
        {&WarningThresholds::incomeLookbackDays, "incomeLookbackDays", 7, 730},
        {&WarningThresholds::planIdleDays, "planIdleDays", 7, 730},
        {&WarningThresholds::missedInARow, "missedInARow", 1, 10},
        {&WarningThresholds::who5Low, "who5Low", 1, 100},
        {&WarningThresholds::who5Fall, "who5Fall", 1, 100},
        {&WarningThresholds::recentExitMonths, "recentExitMonths", 1, 36},
    };
    return list;
}

const QList<WarningRule> &EarlyWarnings::rules()
{
    static const QList<WarningRule> all = {WarningRule::IncomeDrop,   WarningRule::PlanIdle,
                                           WarningRule::MissedAppointments, WarningRule::LowWellbeing,
                                           WarningRule::FollowUpOverdue,   WarningRule::ExitIncomeFell};
    return all;
}

QString EarlyWarnings::key(WarningRule rule)
{
    switch (rule) {
    case WarningRule::IncomeDrop:
        return u"income_drop"_s;
    case WarningRule::PlanIdle:
        return u"plan_idle"_s;
    case WarningRule::MissedAppointments:
        return u"missed_appointments"_s;
    case WarningRule::LowWellbeing:
        return u"low_wellbeing"_s;
    case WarningRule::FollowUpOverdue:
        return u"follow_up_overdue"_s;
    case WarningRule::ExitIncomeFell:
        return u"exit_income_fell"_s;
    }
    return {};
}

QString EarlyWarnings::title(WarningRule rule)
{
    switch (rule) {
    case WarningRule::IncomeDrop:
        return tr("Income fell");
    case WarningRule::PlanIdle:
        return tr("Plan without progress");
    case WarningRule::MissedAppointments:
        return tr("Missed appointments");
    case WarningRule::LowWellbeing:
        return tr("Low wellbeing");
    case WarningRule::FollowUpOverdue:
        return tr("Follow-up after exit overdue");
    case WarningRule::ExitIncomeFell:
        return tr("Income fell after exit");
    }
    return {};
}

QString EarlyWarnings::explain(WarningRule rule, const WarningThresholds &t)
{
    switch (rule) {
    case WarningRule::IncomeDrop:
        return tr("The household's monthly income today is %1 % or more below its income %2 days ago.")
            .arg(t.incomeDropPercent)
            .arg(t.incomeLookbackDays);
    case WarningRule::PlanIdle:
        return tr("An active plan has had no task done for %1 days or more.").arg(t.planIdleDays);
    case WarningRule::MissedAppointments:
        return tr("The person did not come to their last %1 appointments.").arg(t.missedInARow);
    case WarningRule::LowWellbeing:
        return tr("The latest WHO-5 score is under %1, or %2 points or more below the one before: consider a "
                  "psychological referral.")
            .arg(t.who5Low)
            .arg(t.who5Fall);
    case WarningRule::FollowUpOverdue:
        return tr("A follow-up after exit is past its due date and not recorded.");
    case WarningRule::ExitIncomeFell:
        return tr("The household left support less than %1 months ago and its income has fallen since: it may "
                  "come back.")
            .arg(t.recentExitMonths);
    }
    return {};
}

bool EarlyWarnings::mayRead(const security::Session &by, WarningRule rule)
{
    if (rule == WarningRule::LowWellbeing) // as AssessmentService: WHO-5 is confidential
        return by.role == security::Role::Counsellor || by.role == security::Role::Supervisor;
    return true;
}

Result<WarningThresholds> EarlyWarnings::thresholds()
{
    auto v = org::OrgSettings::value(m_db, kThresholdsKey);
    if (!v)
        return v.error();
    WarningThresholds t;
    const QJsonObject o = QJsonDocument::fromJson(v.value().toString().toUtf8()).object();
    for (const ThresholdBound &b : thresholdBounds()) {
        const int stored = o.value(QLatin1String(b.name)).toInt(t.*b.field);
        if (stored >= b.low && stored <= b.high) // a value out of range (a damaged row) keeps the default
            t.*b.field = stored;
    }
    return t;
}

Status EarlyWarnings::setThresholds(const security::Session &by, const WarningThresholds &t)
{
    if (!by.isAdministrator())
        return makeError(ErrorCode::PermissionDenied, tr("Only administrators can change the early-warning thresholds."));
    QJsonObject o;
    for (const ThresholdBound &b : thresholdBounds()) {
        if (t.*b.field < b.low || t.*b.field > b.high)
            return makeError(ErrorCode::Invalid, tr("Each threshold must be between %1 and %2.").arg(b.low).arg(b.high),
                             QLatin1String(b.name));
        o.insert(QLatin1String(b.name), t.*b.field);
    }
    const QString value = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    return org::OrgSettings::setValue(m_db, by, kThresholdsKey, value);
}

Result<QList<WarningItem>> EarlyWarnings::list(const security::Session &by, WarningRule rule, const QDate &today,
                                               const WarningScope &scope)
{
    if (!mayRead(by, rule))
        return makeError(ErrorCode::PermissionDenied,
                         tr("Only counsellors and supervisors can see wellbeing scores."));
    auto t = thresholds();
    if (!t)
        return t.error();
    auto items = query(rule, t.value(), today, scope);
    if (!items)
        return items.error();
    if (Status s = addReviews(rule, items.value()); !s)
        return s.error();
    return items;
}

// Marks each item seen when a review names its household and the same fact.
Status EarlyWarnings::addReviews(WarningRule rule, QList<WarningItem> &items)
{
    struct Review {
        QDate on;
        QString note;
    };
    QHash<QByteArray, Review> reviews; // household + fact
    Status s = m_db.read(u"SELECT household_id, fact, seen_on, note FROM warning_reviews WHERE rule = ? AND deleted = 0 "
                         "ORDER BY seen_on"_s,
                         {key(rule)}, [&](const storage::RawRow &r) {
                             reviews.insert(r.blob(0) + r.text(1).toUtf8(),
                                            {QDate::fromString(r.text(2), Qt::ISODate), r.text(3)});
                         });
    if (!s)
        return s;
    for (WarningItem &item : items) {
        const auto it = reviews.constFind(item.householdId + item.fact.toUtf8());
        if (it == reviews.constEnd())
            continue;
        item.seen = true;
        item.seenOn = it->on;
        item.seenNote = it->note;
    }
    return {};
}

Status EarlyWarnings::markSeen(const security::Session &by, const WarningItem &item, const QString &note, const QDate &on)
{
    if (!mayRead(by, item.rule))
        return makeError(ErrorCode::PermissionDenied,
                         tr("Only counsellors and supervisors can see wellbeing scores."));
    if (item.householdId.isEmpty() || item.fact.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Choose a family on the list first."));
    auto household = m_db.scalar(u"SELECT count(*) FROM households WHERE id = ? AND deleted = 0"_s, {item.householdId});
    if (!household)
        return household.error();
    if (household.value().toInt() == 0)
        return makeError(ErrorCode::NotFound, tr("This household is not in the registry (it may have been archived)."));
    m_db.setCurrentUser(by.userId);
    return m_db.transaction([&]() -> Status {
        auto created = m_writer.insert(u"warning_reviews"_s,
                                       {{u"rule"_s, key(item.rule)},
                                        {u"household_id"_s, item.householdId},
                                        {u"fact"_s, item.fact},
                                        {u"seen_on"_s, on.toString(Qt::ISODate)},
                                        {u"by_user"_s, by.userId},
                                        {u"note"_s, note.trimmed().isEmpty() ? QVariant() : QVariant(note.trimmed())}});
        if (!created)
            return created.error();
        return {};
    });
}

} // namespace tamkeen::impact
