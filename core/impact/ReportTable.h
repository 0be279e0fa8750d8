#pragma once
// A report as tables (issue 14 §6): what a Reports view shows, written out as
// typed cells so that XLSX keeps numbers as numbers and identifiers as text,
// CSV and PDF print them, and the small-numbers rule (SmallNumbers) can find
// every count of households and every share resting on one. No QtGui: the
// CLI builds the same tables.
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>

namespace tamkeen::impact {

struct Figure;
struct Rate;

enum class ReportKind {
    Text,
    Identifier, // file numbers: always text
    Count,      // households (or members of households), an integer
    Share,      // a fraction 0..1, shown as a percentage
    Number,     // any other number (a score, a mean)
    Date,       // a QDate: Gregorian with the Hijri date beside it
};

struct ReportCell {
    QVariant value;        // QString, qint64, double or QDate; null: not applicable / not yet known
    ReportKind kind = ReportKind::Text;
    qint64 households = -1; // a count's households, or a share's numerator households; -1: not about households
    qint64 base = -1;       // a share's denominator households
    bool suppressed = false; // fewer than 5 households: shown as «<5», no file numbers

    static ReportCell text(const QString &s) { return {s, ReportKind::Text}; }
    static ReportCell id(const QString &s) { return {s, ReportKind::Identifier}; }
    static ReportCell date(const QDate &d) { return {d, ReportKind::Date}; }
    static ReportCell number(std::optional<double> v);
    static ReportCell count(qint64 households);
    // Members of `households` households: suppressed with the households.
    static ReportCell members(qint64 members, qint64 households);
    static ReportCell count(const Figure &f);
    static ReportCell share(const Rate &r);
    static ReportCell share(std::optional<double> value, qint64 numerator, qint64 denominator);
};

struct ReportTable {
    QString key;   // stable: "tiles", "exits_by_month", … (never shown)
    QString title; // shown: the sheet's name, the PDF's heading
    QString note;  // one line under the title, may be empty
    QStringList headers;
    QList<QList<ReportCell>> rows;
    // One row per household (a list of families): when there are 1-4 rows and
    // small numbers are hidden, the rows go and a line says "fewer than 5".
    bool listsHouseholds = false;
};

// A chart the PDF draws: one value per label (a bar or a point).
struct ReportChart {
    QString title;
    QStringList labels;
    QList<ReportCell> values; // Count or Share cells
    bool line = false;        // a curve (survival) rather than bars
};

struct ReportDocument {
    QString title;       // "Impact indicators", "Early warnings", …
    QString language;    // "ar" or "en": the words of the tables and the Hijri month names
    QStringList about;   // the period, the filters, when it was made: one fact a line
    QList<ReportTable> tables;
    QList<ReportChart> charts;
    bool smallNumbersHidden = false; // set by SmallNumbers::apply
};

// "2026-01-31 (11 Shaban 1447 AH)": the Gregorian day with the Umm al-Qura day beside it.
QString gregorianAndHijri(const QDate &date, const QString &language);

} // namespace tamkeen::impact
