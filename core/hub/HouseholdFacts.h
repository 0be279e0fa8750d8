#pragma once
// One household's facts for the national dashboard (tamkeen-hub dashboard),
// made at publication from the published rows and packed, so that a
// dashboard over millions of households reads one blob per centre instead of
// every row (docs/hub.md, "The national dashboard"). Texts are numbers of
// the hub's own dictionary (words, DashboardFacts.h); days are
// ISO dates as the number yyyymmdd, which orders as the text does.
#include <QByteArray>
#include <QDate>
#include <QString>
#include <QVarLengthArray>

namespace tamkeen::hub {

struct HouseholdFacts {
    enum Flag : quint8 {
        OddDates = 1, // a status, exit or registration date not in YYYY-MM-DD form, or no creation time
        OddBirth = 2, // a head's birth date not in YYYY-MM-DD form
    };
    struct Head {
        quint32 sex = 0;   // word; 0: none
        quint32 birth = 0; // yyyymmdd; 0: none
    };
    struct Status {
        quint32 day = 0;
        quint32 status = 0; // word; 0: none
    };
    struct Exit {
        quint32 day = 0;
        bool reentry = false; // else an exit
        quint32 reason = 0;   // word; 0: none
    };

    quint8 flags = 0;
    // Words of its own row and its level of care, which the filters compare (0: none).
    quint32 region = 0, city = 0, district = 0, worker = 0, categories = 0, careLevel = 0;
    quint32 registered = 0; // registration_date; 0: none
    quint32 members = 0;    // live members
    QVarLengthArray<Head, 2> heads;
    QVarLengthArray<quint32, 2> counsellors; // words: counsellors of its plans and sessions
    QVarLengthArray<quint32, 2> tracks;      // words: its plans' track lists
    QVarLengthArray<Status, 4> statuses;     // in (effective_date, created_at, id) order
    QVarLengthArray<Exit, 2> exits;          // exits and re-entries in (on_date, created_at, id) order

    void appendTo(QByteArray &out) const;
    // Reads the record at `p`; the next one's start, or nullptr when the
    // bytes up to `end` do not hold a whole record.
    static const char *read(const char *p, const char *end, HouseholdFacts &into);

    // An ISO date's text as yyyymmdd; 0 when the text is not YYYY-MM-DD.
    static quint32 day(QStringView iso);
    // A date's yyyymmdd; 0 for none, or outside the years ISO text can write
    // (0-9999: QDate::toString gives "" there, which no stored date is at or below).
    static quint32 day(const QDate &date)
    {
        if (!date.isValid() || date.year() < 0 || date.year() > 9999)
            return 0;
        return quint32(date.year() * 10000 + date.month() * 100 + date.day());
    }
    // The QDate of a stored day, as QDate::fromString(text, Qt::ISODate)
    // would read its text (invalid for a 31st of November).
    static QDate date(quint32 day);
};

} // namespace tamkeen::hub
