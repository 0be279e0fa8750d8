#include "documents/DocumentWords.h"

#include "format/Display.h"
#include "registry/Vocabulary.h"
#include "casework/Objections.h"

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

QString DocumentWords::about(const Display &display, const documents::DocumentAbout &a)
{
    const QString day = a.day.isValid() ? display.date(a.day) : QString();
    if (a.table == u"households")
        return tr("The household");
    if (a.table == u"members")
        return tr("Member: %1").arg(a.label);
    if (a.table == u"home_visits")
        return day.isEmpty() ? tr("Home visit") : tr("Home visit of %1").arg(day);
    if (a.table == u"plans")
        return tr("Empowerment plan of %1, %2").arg(a.label, day);
    if (a.table == u"referrals")
        return tr("Referral to %1, %2").arg(a.label.isEmpty() ? tr("a partner") : a.label, day);
    if (a.table == u"objections")
        return tr("%1 received %2")
            .arg(registry::Vocabulary::label(casework::Objections::kinds(), a.label), day);
    return documents::Documents::aboutKind(a.table);
}

QString DocumentWords::size(const Display &display, qint64 bytes)
{
    if (bytes < 1024 * 1024)
        return tr("%1 KB").arg(display.number(std::max<qint64>(1, (bytes + 512) / 1024)));
    return tr("%1 MB").arg(display.decimal(double(bytes) / (1024 * 1024), 1));
}

QString DocumentWords::kind(const QString &mime)
{
    if (mime == u"application/pdf")
        return tr("PDF");
    if (mime.startsWith(u"image/"))
        return tr("Photo");
    return mime;
}

QString DocumentWords::type(const QString &code)
{
    return registry::Vocabulary::label(documents::Documents::types(), code);
}

} // namespace tamkeen::ui
