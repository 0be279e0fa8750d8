#pragma once
#include "security/Roles.h"

#include <QByteArray>
#include <QString>

namespace tamkeen::security {

// Who is logged in. Services take it to check permissions and to record authors.
struct Session {
    QByteArray userId;
    QString username;
    QString fullName;
    Role role = Role::FieldWorker;
    // The user's Ed25519 secret key (64 bytes), unwrapped at login with the
    // password; signs their privileged changes. Memory only, never stored.
    QByteArray signingKey = {};

    bool isAdministrator() const { return role == Role::Administrator; }
};

} // namespace tamkeen::security
