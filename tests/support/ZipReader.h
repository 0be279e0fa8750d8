#pragma once
// Reads one member of a ZIP file (an XLSX workbook) for tests: the central
// directory, then stored or deflated data through zlib. Enough to look inside
// what libxlsxwriter wrote; not a general unzip.
#include <QByteArray>
#include <QString>

namespace tamkeen::test {

// The uncompressed bytes of `name` inside `zip`, or an empty array when absent.
QByteArray zipEntry(const QByteArray &zip, const QString &name);

} // namespace tamkeen::test
