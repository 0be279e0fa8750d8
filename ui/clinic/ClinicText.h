#pragma once
// How the clinic screens write an appointment's parts: times in the user's
// digits, consultation types and statuses by their labels, and the queue state.
#include "clinic/ClinicRecords.h"
#include "clinic/ClinicVocabulary.h"

#include <QCoreApplication>

namespace tamkeen::ui {

class Display;

enum class QueueState { None, Expected, Arrived, BeingSeen };

class ClinicText {
    Q_DECLARE_TR_FUNCTIONS(ClinicText)
public:
    // Only booked appointments wait in the queue.
    static QueueState queueState(const clinic::Appointment &a);
    static QString queueLabel(QueueState state);
    static QString time(const Display &display, const QDateTime &at);
    static QString minutes(const Display &display, int minutes);
    static QString status(const QString &status);
    static QString place(const QString &place);
    static QString types(const QList<clinic::SessionType> &known, const QStringList &codes);
    // "2 missed": empty below one.
    static QString missed(const Display &display, int noShows);
    // One line about an appointment for the details bar and the printed list.
    static QString summary(const Display &display, const clinic::Appointment &a, int noShows);
};

} // namespace tamkeen::ui
