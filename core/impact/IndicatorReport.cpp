#include "impact/IndicatorReport.h"

#include "impact/SmallNumbers.h"
#include "clinic/ClinicVocabulary.h"
#include "registry/Csv.h"
#include "storage/Database.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

namespace {

// In the order of docs/indicators.md.
constexpr Indicator kAll[] = {Indicator::Caseload,    Indicator::Exits,        Indicator::SustainedExits,
                              Indicator::ReentryRate, Indicator::Independence, Indicator::Work,
                              Indicator::Plans,       Indicator::Referrals,    Indicator::Wellbeing,
                              Indicator::Clinic};

// Builds the rows of one request, turning household ids into file numbers.
class RowWriter {
public:
    RowWriter(QList<ReportRow> &rows, const QHash<QByteArray, QString> &numbers) : m_rows(rows), m_numbers(numbers) {}

    QString indicator;

    void figure(const QString &group, const Figure &f, const QString &key = {})
    {
        add(group, key.isEmpty() ? f.key : key, double(f.value), f.households);
    }
    void rate(const QString &group, const QString &key, const Rate &r)
    {
        add(group, key, r.value(), r.numerator.households, r.denominator.households.size());
    }
    void add(const QString &group, const QString &key, std::optional<double> value, const QList<QByteArray> &ids,
             qint64 base = -1)
    {
        QStringList files;
        files.reserve(ids.size());
        for (const QByteArray &id : ids)
            files << m_numbers.value(id);
        m_rows.append({indicator, group, key, value, files, base});
    }

private:
    QList<ReportRow> &m_rows;
    const QHash<QByteArray, QString> &m_numbers;
};

Result<QHash<QByteArray, QString>> fileNumbers(storage::Database &db)
{
    QHash<QByteArray, QString> numbers;
    Status s = db.read(u"SELECT id, file_number FROM households WHERE deleted = 0"_s, {},
                       [&](const storage::RawRow &r) { numbers.insert(r.blob(0), r.text(1)); });
    if (!s)
        return s.error();
    return numbers;
}

} // namespace

void IndicatorReport::addCaseload(QList<ReportRow> &rows, const Caseload &c, const QHash<QByteArray, QString> &numbers)
{
    RowWriter w(rows, numbers);
    w.indicator = key(Indicator::Caseload);
    for (const Figure &f : c.households)
        w.figure(u"households"_s, f);
    for (const Figure &f : c.members)
        w.figure(u"members"_s, f);
    w.figure(u"households"_s, c.supported);
    w.figure(u"households"_s, c.registered);
}

void IndicatorReport::addExits(QList<ReportRow> &rows, const Exits &e, const QHash<QByteArray, QString> &numbers)
{
    RowWriter w(rows, numbers);
    w.indicator = key(Indicator::Exits);
    for (const Figure &f : e.byReason)
        w.figure(u"by_reason"_s, f);
    for (const Figure *f : {&e.positive, &e.other, &e.total, &e.activeAtStart})
        w.figure(u"households"_s, *f);
    w.rate(u"rates"_s, u"positive_rate"_s, e.positiveRate());
    w.rate(u"rates"_s, u"exit_rate"_s, e.exitRate());
}

void IndicatorReport::addSustained(QList<ReportRow> &rows, const SustainedExits &s, const QHash<QByteArray, QString> &numbers)
{
    RowWriter w(rows, numbers);
    w.indicator = key(Indicator::SustainedExits);
    for (const ExitCohort &c : s.cohorts) {
        const QString group = c.month.toString(u"yyyy-MM"_s);
        w.figure(group, c.exits);
        for (const CohortHorizon &h : c.horizons) {
            const QString n = QString::number(h.months) + u'm';
            w.figure(group, h.reentered, u"reentered_"_s + n);
            // Not yet known: no value and no list, never 100 %.
            w.add(group, u"sustained_"_s + n, h.known ? std::optional<double>(h.sustained.value) : std::nullopt,
                  h.sustained.households);
            w.add(group, u"sustained_share_"_s + n, c.sustainedShare(h.months), h.sustained.households,
                  c.exits.households.size());
        }
    }
}

void IndicatorReport::addReentry(QList<ReportRow> &rows, const ReentryRate &r, const QHash<QByteArray, QString> &numbers)
{
    RowWriter w(rows, numbers);
    w.indicator = key(Indicator::ReentryRate);
    w.figure(u"households"_s, r.exits);
    w.figure(u"households"_s, r.reentered);
    w.figure(u"households"_s, r.pending);
    for (const Figure &f : r.byReason)
        w.figure(u"by_reason"_s, f);
    w.rate(u"rates"_s, u"reentry_rate"_s, r.rate());
}

void IndicatorReport::addIndependence(QList<ReportRow> &rows, const Independence &v,
                                      const QHash<QByteArray, QString> &numbers)
{
    RowWriter w(rows, numbers);
    w.indicator = key(Indicator::Independence);
    for (const Figure *f : {&v.households, &v.rose, &v.eligibleAtBaseline, &v.crossed, &v.exited})
        w.figure(u"households"_s, *f);
    // Amounts of money per person and month; the households behind each.
    w.add(u"income_per_person"_s, u"median_change"_s, v.medianChange, v.households.households);
    w.add(u"income_per_person"_s, u"median_change_at_exit"_s, v.medianChangeAtExit, v.exited.households);
    w.rate(u"rates"_s, u"rose_20_rate"_s, v.roseRate());
    w.rate(u"rates"_s, u"crossed_rate"_s, v.crossedRate());
    w.add(u"rates"_s, u"independence_at_baseline"_s, v.ratioAtBaseline.value(), v.ratioAtBaseline.households.households);
    w.add(u"rates"_s, u"independence_now"_s, v.ratioNow.value(), v.ratioNow.households.households);
}

void IndicatorReport::addPlans(QList<ReportRow> &rows, const PlanFigures &v, const QHash<QByteArray, QString> &numbers)
{
    RowWriter w(rows, numbers);
    w.indicator = key(Indicator::Plans);
    for (const Figure &f : v.byStatus)
        w.figure(u"plans_by_status"_s, f);
    w.figure(u"goals"_s, v.goals);
    w.figure(u"goals"_s, v.goalsAchieved);
    w.rate(u"rates"_s, u"goals_achieved_rate"_s, v.goalsRate());
    w.figure(u"households"_s, v.exitsAfterPlan);
    w.add(u"days"_s, u"median_days_approval_to_exit"_s, v.medianDaysToExit, v.exitsAfterPlan.households);
    w.figure(u"tasks"_s, v.overdueTasks);
    w.figure(u"plans"_s, v.unreviewed);
}

void IndicatorReport::addReferrals(QList<ReportRow> &rows, const ReferralFigures &x,
                                   const QHash<QByteArray, QString> &numbers)
{
    RowWriter w(rows, numbers);
    w.indicator = key(Indicator::Referrals);
    // One group per partner (its name), per kind ("kind:" and its key), and the total.
    auto line = [&](const QString &group, const ReferralLine &l) {
        for (const Figure *f : {&l.sent, &l.accepted, &l.rejected, &l.completed, &l.withOutcome})
            w.figure(group, *f);
        w.rate(group, u"accepted_rate"_s, l.acceptedRate());
        w.rate(group, u"completed_rate"_s, l.completedRate());
        w.add(group, u"median_days_to_completion"_s, l.medianDaysToCompletion, l.completed.households);
    };
    for (const ReferralLine &l : x.partners)
        line(l.partnerName, l);
    for (const ReferralLine &l : x.kinds)
        line(u"kind:"_s + l.kind, l);
    line(u"total"_s, x.total);
}

void IndicatorReport::addWork(QList<ReportRow> &rows, const WorkFigures &v, const QHash<QByteArray, QString> &numbers)
{
    RowWriter w(rows, numbers);
    w.indicator = key(Indicator::Work);
    for (const Figure *f : {&v.members, &v.workingAtStart, &v.workingNow, &v.earningAtStart, &v.earningAtEnd})
        w.figure(u"members"_s, *f);
    w.rate(u"rates"_s, u"earning_at_start_rate"_s, v.earningAtStartRate());
    w.rate(u"rates"_s, u"earning_at_end_rate"_s, v.earningAtEndRate());
    for (const Figure &f : v.throughReferrals)
        w.figure(u"through_referrals"_s, f);
}

void IndicatorReport::addWellbeing(QList<ReportRow> &rows, const WellbeingFigures &x,
                                   const QHash<QByteArray, QString> &numbers)
{
    RowWriter w(rows, numbers);
    w.indicator = key(Indicator::Wellbeing);
    for (const ScoreChange *c : {&x.who5, &x.workReadiness}) {
        w.figure(c->kind, c->members);
        w.add(c->kind, u"mean_change"_s, c->meanChange, c->members.households);
        w.figure(c->kind, c->lowAtFirst);
        w.figure(c->kind, c->leftLow);
        w.rate(c->kind, u"left_low_rate"_s, c->leftLowRate());
    }
}

void IndicatorReport::addClinic(QList<ReportRow> &rows, const ClinicFigures &x, const QHash<QByteArray, QString> &numbers)
{
    RowWriter w(rows, numbers);
    w.indicator = key(Indicator::Clinic);
    // One group per counsellor (the name) and the total.
    auto line = [&](const QString &group, const CounsellorActivity &c) {
        for (const Figure *f : {&c.sessions, &c.kept, &c.noShow})
            w.figure(group, *f);
        w.add(group, u"sessions_per_week"_s, c.perWeek, c.sessions.households);
        w.rate(group, u"no_show_rate"_s, c.noShowRate());
    };
    for (const CounsellorActivity &c : x.counsellors)
        line(c.name, c);
    line(u"total"_s, x.total);
    w.figure(u"households"_s, x.firstSessions);
    w.add(u"days"_s, u"median_days_to_first_session"_s, x.medianDaysToFirstSession, x.firstSessions.households);
}

QString IndicatorReport::key(Indicator indicator)
{
    switch (indicator) {
    case Indicator::Caseload: return u"caseload"_s;
    case Indicator::Exits: return u"exits"_s;
    case Indicator::SustainedExits: return u"sustained"_s;
    case Indicator::ReentryRate: return u"reentry"_s;
    case Indicator::Independence: return u"independence"_s;
    case Indicator::Plans: return u"plans"_s;
    case Indicator::Referrals: return u"referrals"_s;
    case Indicator::Clinic: return u"clinic"_s;
    case Indicator::Work: return u"work"_s;
    case Indicator::Wellbeing: return u"wellbeing"_s;
    }
    return {};
}

std::optional<Indicator> IndicatorReport::fromKey(const QString &key)
{
    for (Indicator i : kAll) {
        if (IndicatorReport::key(i) == key)
            return i;
    }
    return std::nullopt;
}

Result<QList<ReportRow>> IndicatorReport::rows(storage::Database &db, const ReportRequest &request,
                                               const security::Session *reader)
{
    auto numbers = fileNumbers(db);
    if (!numbers)
        return numbers.error();
    QList<ReportRow> rows;
    Indicators indicators(db);
    const QList<Indicator> which = request.indicators.isEmpty() ? QList<Indicator>(std::begin(kAll), std::end(kAll))
                                                                : request.indicators;
    for (Indicator i : which) {
        switch (i) {
        case Indicator::Caseload: {
            auto c = indicators.caseload(request.period, request.filter);
            if (!c)
                return c.error();
            addCaseload(rows, c.value(), numbers.value());
            break;
        }
        case Indicator::Exits: {
            auto e = indicators.exits(request.period, request.filter);
            if (!e)
                return e.error();
            addExits(rows, e.value(), numbers.value());
            break;
        }
        case Indicator::SustainedExits: {
            auto s = indicators.sustainedExits(request.period, request.filter, request.asOf);
            if (!s)
                return s.error();
            addSustained(rows, s.value(), numbers.value());
            break;
        }
        case Indicator::ReentryRate: {
            auto r = indicators.reentryRate(request.period, request.filter, request.asOf);
            if (!r)
                return r.error();
            addReentry(rows, r.value(), numbers.value());
            break;
        }
        case Indicator::Independence: {
            auto x = indicators.independence(request.period, request.filter);
            if (!x)
                return x.error();
            addIndependence(rows, x.value(), numbers.value());
            break;
        }
        case Indicator::Plans: {
            auto p = indicators.plans(request.period, request.filter);
            if (!p)
                return p.error();
            addPlans(rows, p.value(), numbers.value());
            break;
        }
        case Indicator::Referrals: {
            auto x = indicators.referrals(request.period, request.filter);
            if (!x)
                return x.error();
            addReferrals(rows, x.value(), numbers.value());
            break;
        }
        case Indicator::Work: {
            auto x = indicators.work(request.period, request.filter);
            if (!x)
                return x.error();
            addWork(rows, x.value(), numbers.value());
            break;
        }
        case Indicator::Wellbeing: {
            const bool allowed = reader && clinic::mayReadConfidential(*reader);
            if (!allowed && request.indicators.isEmpty())
                break; // "all" for a reader who may not see it
            if (!allowed)
                return makeError(ErrorCode::PermissionDenied,
                                 Indicators::tr("Only counsellors and supervisors may see wellbeing results, which are "
                                                "confidential."));
            auto x = indicators.wellbeing(*reader, request.period, request.filter);
            if (!x)
                return x.error();
            addWellbeing(rows, x.value(), numbers.value());
            break;
        }
        case Indicator::Clinic: {
            auto x = indicators.clinic(request.period, request.filter);
            if (!x)
                return x.error();
            addClinic(rows, x.value(), numbers.value());
            break;
        }
        }
    }
    auto hide = SmallNumbers::hidden(db);
    if (!hide)
        return hide.error();
    if (hide.value())
        SmallNumbers::apply(rows);
    return rows;
}

QJsonObject IndicatorReport::json(const ReportRequest &request, const QList<ReportRow> &rows)
{
    QJsonArray list;
    for (const ReportRow &r : rows) {
        list.append(QJsonObject{{u"indicator"_s, r.indicator},
                                {u"group"_s, r.group},
                                {u"key"_s, r.key},
                                {u"value"_s, r.suppressed ? QJsonValue(SmallNumbers::marker())
                                             : r.value     ? QJsonValue(*r.value)
                                                           : QJsonValue()},
                                {u"households"_s, QJsonArray::fromStringList(r.fileNumbers)}});
    }
    const QDate asOf = request.asOf.isValid() ? request.asOf : QDate::currentDate();
    return QJsonObject{{u"from"_s, request.period.firstIso()},
                       {u"to"_s, request.period.lastIso()},
                       {u"as_of"_s, asOf.toString(Qt::ISODate)},
                       {u"rows"_s, list}};
}

QByteArray IndicatorReport::csv(const QList<ReportRow> &rows)
{
    QByteArray bytes = "\xEF\xBB\xBF";
    bytes += registry::csvLine({u"indicator"_s, u"group"_s, u"key"_s, u"value"_s, u"households"_s});
    for (const ReportRow &r : rows) {
        const QString value = r.suppressed ? SmallNumbers::marker()
                              : r.value    ? QString::number(*r.value, 'g', 10)
                                           : QString();
        bytes += registry::csvLine({r.indicator, r.group, r.key, value, r.fileNumbers.join(u' ')});
    }
    return bytes;
}

} // namespace tamkeen::impact
