#pragma once
// Hiding small numbers in exported reports (issue 14 §1): an organisation
// setting (org_settings, so every copy applies it) that administrators set.
// When it is on, every exported count of 1-4 households, and every share or
// statistic resting on 1-4 households (its numerator or its denominator),
// shows as «<5» and no file numbers are written for it, so that a published
// table never identifies a family. Reports leave the application only as a
// PreparedReport, which only prepare() makes: every export path (PDF, XLSX,
// CSV, the CLI's JSON and CSV) goes through the rule.
#include "common/Result.h"
#include "impact/IndicatorReport.h"
#include "impact/ReportTable.h"
#include "security/Session.h"

#include <QCoreApplication>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::impact {

class PreparedReport;

class SmallNumbers {
    Q_DECLARE_TR_FUNCTIONS(SmallNumbers)
public:
    static constexpr int kLimit = 5;
    static bool isSmall(qint64 households) { return households >= 1 && households < kLimit; }
    static QString marker(); // "<5", what a hidden number shows

    static Result<bool> hidden(storage::Database &db);
    static QString settingKey(); // the org_settings key of that choice ("1": hidden)
    static Status setHidden(storage::Database &db, const security::Session &by, bool hide); // administrators

    // The rule on tables and charts, and on the indicator rows of tamkeen-cli report.
    static void apply(ReportDocument &doc);
    static void apply(QList<ReportRow> &rows);

    // The report as it may leave the application: the rule applied when the
    // organisation asks for it, and said so under the title.
    static Result<PreparedReport> prepare(storage::Database &db, ReportDocument doc);
};

class PreparedReport {
public:
    const ReportDocument &document() const { return m_doc; }

private:
    friend class SmallNumbers;
    explicit PreparedReport(ReportDocument doc) : m_doc(std::move(doc)) {}
    ReportDocument m_doc;
};

} // namespace tamkeen::impact
