#pragma once
// A reporting period: a Gregorian month, quarter or year, an Umm al-Qura
// (Hijri) month, or custom dates. Both ends are inclusive days; stored dates
// are ISO 'YYYY-MM-DD' text, so first/last compare with them as text too.
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace tamkeen::impact {

class Period {
    Q_DECLARE_TR_FUNCTIONS(Period)
public:
    enum class Kind { Month, Quarter, Year, HijriMonth, Custom };

    static Result<Period> month(int year, int month);       // month 1-12
    static Result<Period> quarter(int year, int quarter);   // quarter 1-4
    static Result<Period> year(int year);
    static Result<Period> hijriMonth(int year, int month);  // Umm al-Qura, month 1-12
    static Result<Period> custom(const QDate &first, const QDate &last);

    Kind kind() const { return m_kind; }
    QDate first() const { return m_first; }
    QDate last() const { return m_last; }
    QString firstIso() const { return m_first.toString(Qt::ISODate); }
    QString lastIso() const { return m_last.toString(Qt::ISODate); }
    qint64 days() const { return m_first.daysTo(m_last) + 1; }
    bool contains(const QDate &d) const { return d >= m_first && d <= m_last; }

    // The period just before, of the same kind: the previous month, quarter,
    // year or Hijri month; for custom dates, as many days ending the day before.
    Result<Period> previous() const;

private:
    Period(Kind kind, const QDate &first, const QDate &last, int year = 0, int number = 0)
        : m_kind(kind), m_first(first), m_last(last), m_year(year), m_number(number)
    {
    }

    Kind m_kind;
    QDate m_first;
    QDate m_last;
    int m_year = 0;   // of the month, quarter, year or Hijri month
    int m_number = 0; // month or quarter number
};

} // namespace tamkeen::impact
