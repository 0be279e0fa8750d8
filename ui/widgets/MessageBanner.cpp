#include "widgets/MessageBanner.h"

#include "format/Display.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

MessageBanner::MessageBanner(QWidget *parent) : QFrame(parent), m_text(new QLabel(this)), m_close(new QToolButton(this))
{
    setObjectName(u"messageBanner"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setText(u"✕"_s);
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close this message"));
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::clear);
    hide();
}

namespace {
text::DigitStyle g_digits = text::DigitStyle::ArabicIndic;
}

void MessageBanner::setDigitStyle(text::DigitStyle style)
{
    g_digits = style;
}

void MessageBanner::showMessage(Kind kind, const QString &message)
{
    const QString text = Display::digits(message, g_digits);
    m_kind = kind;
    static const char *const styles[] = {
        "background:#fdecea; color:#611a15; border:1px solid #f5c2c0;",
        "background:#fff4e5; color:#663c00; border:1px solid #ffd599;",
        "background:#e8f1fb; color:#0b3a63; border:1px solid #b6d4f2;",
        "background:#e9f6ec; color:#1e4620; border:1px solid #b7dfbf;",
    };
    setStyleSheet(u"QFrame#messageBanner { border-radius:4px; %1 } QLabel { border:none; background:transparent; }"_s.arg(
        QString::fromLatin1(styles[int(kind)])));
    m_text->setText(text);
    setAccessibleDescription(text);
    show();
}

void MessageBanner::clear()
{
    m_text->clear();
    hide();
}

QString MessageBanner::text() const
{
    return isVisible() || !m_text->text().isEmpty() ? m_text->text() : QString();
}

} // namespace tamkeen::ui
