#pragma once
// Small conversions the registry services share when they check and store input.
#include <QString>
#include <QVariant>

namespace tamkeen::registry {

// NULL for empty (or only spaces) text, so that "not given" stays NULL in the database.
QVariant textOrNull(const QString &text);
// Normalizes a phone number in place (any digits to ASCII, spaces and hyphens
// dropped) and tells whether it is empty or 7 to 15 digits, with an optional "+".
bool normalizePhone(QString &phone);

} // namespace tamkeen::registry
