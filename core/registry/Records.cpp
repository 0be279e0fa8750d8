#include "registry/Records.h"

using namespace Qt::StringLiterals;

namespace tamkeen::registry {

QString MemberData::fullName() const
{
    QStringList parts;
    for (const QString &p : {givenName, fatherName, grandfatherName, familyName}) {
        if (!p.trimmed().isEmpty())
            parts << p.trimmed();
    }
    return parts.join(u' ');
}

} // namespace tamkeen::registry
