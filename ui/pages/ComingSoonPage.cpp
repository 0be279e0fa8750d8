#include "pages/ComingSoonPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace tamkeen::ui {

ComingSoonPage::ComingSoonPage(const QString &title, const QString &description, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(title, this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    heading->setFont(big);
    auto *text = new QLabel(description, this);
    text->setWordWrap(true);
    auto *soon = new QLabel(tr("This section is coming in a later version of Tamkeen."), this);
    soon->setStyleSheet(QStringLiteral("color: palette(mid);"));
    soon->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addSpacing(12);
    layout->addWidget(soon);
    layout->addStretch(1);
}

} // namespace tamkeen::ui
