#include "registry/Records.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace tamkeen::registry {

QString MemberData::fullName() const
{
    QStringList parts;
    for (const QString &p : {givenName, fatherName, grandfatherName, familyName}) {
        if (!p.trimmed().isEmpty())
            parts << p.trimmed();
    }
    // No name at all: only an erasure leaves a member so (a name is required).
    if (parts.isEmpty())
        return QCoreApplication::translate("MemberData", "(data erased)");
    return parts.join(u' ');
}

} // namespace tamkeen::registry
