#include "security/Roles.h"

using namespace Qt::StringLiterals;

namespace tamkeen::security {

const QList<Role> &Roles::all()
{
    static const QList<Role> list = {Role::FieldWorker, Role::Counsellor, Role::Supervisor, Role::Administrator};
    return list;
}

QString Roles::key(Role role)
{
    switch (role) {
    case Role::FieldWorker: return u"field_worker"_s;
    case Role::Counsellor: return u"counsellor"_s;
    case Role::Supervisor: return u"supervisor"_s;
    case Role::Administrator: return u"administrator"_s;
    }
    return {};
}

std::optional<Role> Roles::fromKey(const QString &key)
{
    for (Role r : all()) {
        if (Roles::key(r) == key)
            return r;
    }
    return std::nullopt;
}

QString Roles::displayName(Role role)
{
    switch (role) {
    case Role::FieldWorker: return tr("Field social worker");
    case Role::Counsellor: return tr("Counsellor");
    case Role::Supervisor: return tr("Supervisor");
    case Role::Administrator: return tr("Administrator");
    }
    return {};
}

} // namespace tamkeen::security
