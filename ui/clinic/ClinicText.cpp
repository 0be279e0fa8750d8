#include "clinic/ClinicText.h"

#include "format/Display.h"
#include "registry/Vocabulary.h"

using namespace Qt::StringLiterals;
using tamkeen::clinic::ClinicVocabulary;
using tamkeen::registry::Vocabulary;

namespace tamkeen::ui {

QueueState ClinicText::queueState(const clinic::Appointment &a)
{
    if (a.status != u"booked")
        return QueueState::None;
    if (a.startedAt.isValid())
        return QueueState::BeingSeen;
    return a.arrivedAt.isValid() ? QueueState::Arrived : QueueState::Expected;
}

QString ClinicText::queueLabel(QueueState state)
{
    switch (state) {
    case QueueState::Expected: return tr("Expected");
    case QueueState::Arrived: return tr("Arrived");
    case QueueState::BeingSeen: return tr("Being seen");
    case QueueState::None: break;
    }
    return {};
}

QString ClinicText::time(const Display &display, const QDateTime &at)
{
    // No isolate needed: a colon between digits keeps "10:30" in order in Arabic
    // text, and Qt lays out a list entry that begins with an isolate on one line only.
    return at.isValid() ? display.digits(at.toString(u"HH:mm"_s)) : QString();
}

QString ClinicText::minutes(const Display &display, int minutes)
{
    return display.digits(tr("%Ln minute(s)", nullptr, minutes));
}

QString ClinicText::status(const QString &status)
{
    return Vocabulary::label(ClinicVocabulary::appointmentStatuses(), status);
}

QString ClinicText::place(const QString &place)
{
    return Vocabulary::label(ClinicVocabulary::places(), place);
}

QString ClinicText::types(const QList<clinic::SessionType> &known, const QStringList &codes)
{
    QStringList labels;
    for (const QString &code : codes) {
        auto it = std::find_if(known.cbegin(), known.cend(), [&](const clinic::SessionType &t) { return t.code == code; });
        labels << (it == known.cend() ? code : it->label); // a type from a newer version: its code
    }
    return labels.join(tr(", "));
}

QString ClinicText::missed(const Display &display, int noShows)
{
    return noShows < 1 ? QString() : display.digits(tr("%Ln missed", nullptr, noShows));
}

QString ClinicText::summary(const Display &display, const clinic::Appointment &a, int noShows)
{
    QStringList parts = {a.memberName, Display::ltr(a.fileNumber), display.date(a.startsAt.date()) + u' ' +
                                                                       time(display, a.startsAt),
                         status(a.status)};
    if (const QString q = queueLabel(queueState(a)); !q.isEmpty() && a.startsAt.date() == QDate::currentDate())
        parts << q;
    if (const QString m = missed(display, noShows); !m.isEmpty())
        parts << m;
    return parts.join(u" — "_s);
}

} // namespace tamkeen::ui
