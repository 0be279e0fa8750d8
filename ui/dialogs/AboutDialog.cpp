#include "dialogs/AboutDialog.h"

#include "format/Display.h"
#include "tamkeen/Version.h"
#include "widgets/WindowGeometry.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

AboutDialog::AboutDialog(const QString &databasePath, text::DigitStyle digits, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About Tamkeen"));
    setObjectName(u"aboutDialog"_s);
    auto *layout = new QVBoxLayout(this);
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(u":/icons/tamkeen-256.png"_s).pixmap(64, 64));
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    // The version in the user's digits, kept in order (0.1.0) by an isolate.
    const QString version = Display::ltr(text::toDigitStyle(QStringLiteral(TAMKEEN_VERSION), digits));
    auto *title = new QLabel(tr("Tamkeen %1").arg(version), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    const QStringList lines = {
        tr("A caseworker's tool for empowerment programmes: households, empowerment clinics and individual "
           "empowerment plans, offline first."),
        Display::digits(tr("Licence: GNU General Public License, version 3 or later. You may share and change it "
                           "under its terms; it comes with no warranty."),
                        digits),
        tr("Database: %1").arg(Display::ltr(QDir::toNativeSeparators(databasePath))),
        tr("Built with %1, SQLite and libsodium.").arg(Display::ltr(u"Qt "_s + QString::fromLatin1(qVersion()))),
    };
    for (const QString &line : lines) {
        auto *label = new QLabel(line, this);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(label);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    rememberGeometry(this);
}

} // namespace tamkeen::ui
