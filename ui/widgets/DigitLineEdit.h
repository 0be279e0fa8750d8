#pragma once
// A line edit for numbers (IDs, phones, counts): accepts ASCII, Arabic-Indic and
// Persian digits, shows them in the user's digit style, and hands out ASCII.
#include "text/Digits.h"

#include <QLineEdit>

namespace tamkeen::ui {

class DigitLineEdit : public QLineEdit {
    Q_OBJECT
public:
    explicit DigitLineEdit(QWidget *parent = nullptr);

    void setDigitStyle(text::DigitStyle style);
    text::DigitStyle digitStyle() const { return m_style; }

    // The text with every digit in ASCII, as stored.
    QString value() const;
    void setValue(const QString &value);

private:
    void restyle();

    text::DigitStyle m_style = text::DigitStyle::Latin;
};

} // namespace tamkeen::ui
