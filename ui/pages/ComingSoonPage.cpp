#include "pages/ComingSoonPage.h"

#include "widgets/Heading.h"

#include <QLabel>
#include <QVBoxLayout>

namespace tamkeen::ui {

ComingSoonPage::ComingSoonPage(const QString &titleText, const QString &description, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *title = heading(titleText, this);
    auto *text = new QLabel(description, this);
    text->setWordWrap(true);
    auto *soon = new QLabel(tr("This section is coming in a later version of Tamkeen."), this);
    soon->setStyleSheet(QStringLiteral("color: palette(mid);"));
    soon->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addSpacing(12);
    layout->addWidget(soon);
    layout->addStretch(1);
}

} // namespace tamkeen::ui
