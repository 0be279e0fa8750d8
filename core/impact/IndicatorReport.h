#pragma once
// The indicators of a period and filter as a table anyone can read again:
// one row per number (indicator, group, key, value, the households' file
// numbers), written as JSON or CSV. tamkeen-cli report uses it; the Reports
// section's exports will too.
#include "common/Result.h"
#include "impact/Indicators.h"
#include "security/Session.h"

#include <QJsonObject>

namespace tamkeen::impact {

struct ReportRow {
    QString indicator;         // caseload, exits, sustained, reentry, independence, work, plans, referrals, wellbeing, clinic
    QString group;             // e.g. households, members, by_reason, rates, 2025-01
    QString key;               // e.g. active, employment, positive_rate, sustained_3m
    std::optional<double> value; // nothing: not applicable or not yet known
    QStringList fileNumbers;   // the households behind the value
    qint64 base = -1;          // a share's denominator households (-1: not a share)
    bool suppressed = false;   // fewer than 5 households, hidden (SmallNumbers): no value, no file numbers
};

struct ReportRequest {
    QList<Indicator> indicators;
    Period period;
    ImpactFilter filter;
    QDate asOf; // today when not given
};

class IndicatorReport {
public:
    static QString key(Indicator indicator); // caseload, exits, sustained, reentry, independence, work, plans, referrals, wellbeing, clinic
    static std::optional<Indicator> fromKey(const QString &key);

    // `reader`: who asks (wellbeing is confidential). Wellbeing asked for by
    // name is refused to a reader who may not see it (or none); in "all" (no
    // indicators named) it is then left out.
    static Result<QList<ReportRow>> rows(storage::Database &db, const ReportRequest &request,
                                         const security::Session *reader = nullptr);
    static QJsonObject json(const ReportRequest &request, const QList<ReportRow> &rows);
    // One indicator's rows from its figures, the households named by their
    // file numbers: what rows() writes, for another source of the same
    // figures (tamkeen-hub's, computed in PostgreSQL).
    static void addCaseload(QList<ReportRow> &rows, const Caseload &c, const QHash<QByteArray, QString> &numbers);
    static void addExits(QList<ReportRow> &rows, const Exits &e, const QHash<QByteArray, QString> &numbers);
    static void addSustained(QList<ReportRow> &rows, const SustainedExits &s, const QHash<QByteArray, QString> &numbers);
    static void addReentry(QList<ReportRow> &rows, const ReentryRate &r, const QHash<QByteArray, QString> &numbers);
    static void addIndependence(QList<ReportRow> &rows, const Independence &v, const QHash<QByteArray, QString> &numbers);
    static void addWork(QList<ReportRow> &rows, const WorkFigures &v, const QHash<QByteArray, QString> &numbers);
    static void addPlans(QList<ReportRow> &rows, const PlanFigures &v, const QHash<QByteArray, QString> &numbers);
    static void addReferrals(QList<ReportRow> &rows, const ReferralFigures &x, const QHash<QByteArray, QString> &numbers);
    static void addWellbeing(QList<ReportRow> &rows, const WellbeingFigures &x, const QHash<QByteArray, QString> &numbers);
    static void addClinic(QList<ReportRow> &rows, const ClinicFigures &x, const QHash<QByteArray, QString> &numbers);
    // UTF-8 with a BOM (so spreadsheets read the Arabic), a header line, CRLF.
    static QByteArray csv(const QList<ReportRow> &rows);
};

} // namespace tamkeen::impact
