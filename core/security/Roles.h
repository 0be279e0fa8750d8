#pragma once
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace tamkeen::security {

enum class Role { FieldWorker, Counsellor, Supervisor, Administrator };

struct Roles {
    Q_DECLARE_TR_FUNCTIONS(Roles)
public:
    static QString key(Role role); // stored in the database: "field_worker", …
    static std::optional<Role> fromKey(const QString &key);
    static QString displayName(Role role); // translated
    static const QList<Role> &all();
};

} // namespace tamkeen::security
