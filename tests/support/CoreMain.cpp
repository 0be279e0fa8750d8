// Catch2 runner for core tests: a QCoreApplication exists, as in the CLI.
#define CATCH_CONFIG_RUNNER
#include "support/catch.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TamkeenTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tamkeen-tests"));
    return Catch::Session().run(argc, argv);
}
