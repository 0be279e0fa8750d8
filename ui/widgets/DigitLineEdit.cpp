#include "widgets/DigitLineEdit.h"

namespace tamkeen::ui {

DigitLineEdit::DigitLineEdit(QWidget *parent) : QLineEdit(parent)
{
    // Numbers read left to right even inside an Arabic form.
    setLayoutDirection(Qt::LeftToRight);
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    connect(this, &QLineEdit::textEdited, this, &DigitLineEdit::restyle);
}

void DigitLineEdit::setDigitStyle(text::DigitStyle style)
{
    m_style = style;
    restyle();
}

QString DigitLineEdit::value() const
{
    return text::toAsciiDigits(text());
}

void DigitLineEdit::setValue(const QString &value)
{
    setText(text::toDigitStyle(value, m_style));
}

void DigitLineEdit::restyle()
{
    const QString styled = text::toDigitStyle(text(), m_style);
    if (styled == text())
        return;
    const int cursor = cursorPosition(); // digit swaps keep the length
    setText(styled);
    setCursorPosition(cursor);
}

} // namespace tamkeen::ui
